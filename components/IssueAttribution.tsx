import { issueAttribution } from '@/lib/content/attribution';
import type { IssueDoc } from '@/lib/content/types';
import type { Dictionary } from '@/lib/i18n/dictionary';

/** The source the digest adapts, with its license: shown on every issue page. */
export function IssueAttribution({ issue, t }: { issue: IssueDoc; t: Dictionary }) {
  const a = issueAttribution(issue, t);
  return (
    <aside
      data-testid="attribution"
      className="mt-4 rounded-md border-l-4 border-amber-400 bg-amber-50 px-4 py-3 text-sm text-slate-800 dark:bg-amber-950/40 dark:text-slate-200"
    >
      <p>
        {t.attributionLead} {a.sentence}{' '}
        <a href={a.url} className="underline" rel="noopener">
          {a.url}
        </a>{' '}
        ·{' '}
        <a href={a.licenseUrl} className="underline" rel="license noopener">
          {a.license}
        </a>
      </p>
      <p className="mt-1">{a.adaptation}</p>
    </aside>
  );
}
