import { findIssue, issueNumbers, recordsOfIssue, recordText } from '@/lib/content/queries';
import type { Content } from '@/lib/content/types';
import type { Lang } from '@/lib/features/types';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { format } from '@/lib/i18n/format';
import { paths } from '@/lib/site';
import { FeatureBadges } from './FeatureBadges';

/** How many of the latest issue's records the home page lists before "and N more". */
const LEAD_RECORDS = 4;

/** The home page's opening: the latest issue with its records, then every issue of the digest in order. */
export function DigestLead({ content, lang, t, helperLinks }: { content: Content; lang: Lang; t: Dictionary; helperLinks: Set<string> }) {
  const numbers = issueNumbers(content); // newest first
  if (numbers.length === 0) return null;
  const latest = findIssue(content, numbers[0]!, lang)!;
  const records = recordsOfIssue(content, latest.number);
  const shown = records.slice(0, LEAD_RECORDS);
  return (
    <>
      <section
        aria-labelledby="latest-issue"
        data-testid="latest-issue"
        className="mt-6 rounded-xl border border-accent-100 bg-accent-50/60 p-4 sm:p-6 dark:border-sky-900 dark:bg-sky-950/30"
      >
        <p className="text-sm font-semibold uppercase tracking-wide text-accent-700 dark:text-accent-300">{t.latestIssue}</p>
        <h2 id="latest-issue" className="mt-1 text-2xl font-bold">
          <a href={paths.issue(lang, latest.number)} className="hover:underline">
            {latest.frontmatter.title}
          </a>
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {latest.frontmatter.period.label} · {format(t.featureCount, { n: records.length })}
        </p>
        <ul className="mt-4 space-y-3">
          {shown.map((r) => (
            <li key={r.id} data-lead-feature={r.id}>
              <a href={paths.feature(lang, r.id)} className="font-medium hover:underline">
                {recordText(r, lang).title}
              </a>
              <div className="mt-1">
                <FeatureBadges record={r} lang={lang} t={t} helperLinks={helperLinks} />
              </div>
            </li>
          ))}
        </ul>
        <p className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
          <a
            href={paths.issue(lang, latest.number)}
            className="inline-block rounded-md bg-accent-700 px-4 py-2 font-semibold text-white hover:bg-accent-600 dark:bg-accent-300 dark:text-slate-900"
          >
            {format(t.readIssue, { n: latest.number })} →
          </a>
          {records.length > shown.length && (
            <span className="text-sm text-slate-600 dark:text-slate-400">
              {format(t.moreFeatures, { n: records.length - shown.length })}
            </span>
          )}
        </p>
      </section>
      <section aria-labelledby="digest-issues" className="mt-8">
        <h2 id="digest-issues" className="text-xl font-semibold">
          {t.digestIssues}
        </h2>
        <ol className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="digest-issues">
          {[...numbers].reverse().map((n) => {
            const issue = findIssue(content, n, lang)!;
            return (
              <li key={n}>
                <a
                  href={paths.issue(lang, n)}
                  className="block h-full rounded-lg border border-slate-200 p-3 hover:border-accent-400 dark:border-slate-700"
                >
                  <span className="block font-semibold text-accent-600 dark:text-accent-300">{issue.frontmatter.title}</span>
                  <span className="block text-sm text-slate-600 dark:text-slate-400">
                    {issue.frontmatter.period.label} · {format(t.featureCount, { n: recordsOfIssue(content, n).length })}
                  </span>
                </a>
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
