import type { IssueDoc } from '@/lib/content/types';
import type { Lang } from '@/lib/features/types';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/site';

/** Links to the previous and next issue of the digest. */
export function IssueNav({ previous, next, lang, t }: { previous?: IssueDoc; next?: IssueDoc; lang: Lang; t: Dictionary }) {
  if (!previous && !next) return null;
  const link = (issue: IssueDoc, label: string, rel: 'prev' | 'next') => (
    <a
      href={paths.issue(lang, issue.number)}
      rel={rel}
      className="block rounded-lg border border-slate-200 p-3 hover:border-accent-400 dark:border-slate-700"
    >
      <span className="block text-xs text-slate-600 dark:text-slate-400">{label}</span>
      <span className="font-semibold text-accent-600 dark:text-accent-300">{issue.frontmatter.title}</span>
    </a>
  );
  return (
    <nav aria-label={t.issueNavigation} className="mt-10 grid gap-3 sm:grid-cols-2">
      <div>{previous && link(previous, `← ${t.previousIssue}`, 'prev')}</div>
      <div className="sm:text-right">{next && link(next, `${t.nextIssue} →`, 'next')}</div>
    </nav>
  );
}
