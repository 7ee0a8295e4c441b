import type { IssueDoc } from '@/lib/content/types';
import { format, type Dictionary } from '@/lib/i18n/dictionary';

/** The source the digest translates, with its license: shown on every issue page. */
export function IssueAttribution({ issue, t }: { issue: IssueDoc; t: Dictionary }) {
  const { source } = issue.frontmatter;
  return (
    <aside data-testid="attribution" className="mt-4 rounded-md border-l-4 border-amber-400 bg-amber-50 px-4 py-3 text-sm text-slate-800 dark:bg-amber-950/40 dark:text-slate-200">
      <p>
        {t.attributionLead}{' '}
        {format(t.translationOf, { source: `“${source.title}”`, publisher: source.publisher, license: source.license })}{' '}
        <a href={source.url} className="underline" rel="noopener">
          {source.url}
        </a>{' '}
        ·{' '}
        <a href={source.licenseUrl} className="underline" rel="license noopener">
          {source.license}
        </a>
      </p>
      <p className="mt-1">{t.originalDigest}</p>
    </aside>
  );
}
