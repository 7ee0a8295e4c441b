import type { Metadata } from 'next';
import { StaticHtml } from '@/components/StaticHtml';
import { findIssue, issueNumbers, recordsOfIssue, recordText } from '@/lib/content/queries';
import { getDictionary } from '@/lib/i18n/dictionary';
import { format } from '@/lib/i18n/format';
import { pageMetadata } from '@/lib/metadata';
import { getContent } from '@/lib/server/data';
import { requireLang } from '@/lib/server/params';
import { paths } from '@/lib/site';

type Params = Promise<{ lang: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const lang = requireLang((await params).lang);
  const t = getDictionary(lang);
  return pageMetadata(lang, '/issues', t.issuesTitle, t.issuesIntro);
}

export default async function IssuesPage({ params }: { params: Params }) {
  const lang = requireLang((await params).lang);
  const t = getDictionary(lang);
  const content = await getContent();
  return (
    <StaticHtml>
      <h1 className="text-3xl font-bold tracking-tight">{t.issuesTitle}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t.issuesIntro}</p>
      <ol className="mt-8 space-y-8">
        {issueNumbers(content).map((n) => {
          const issue = findIssue(content, n, lang)!;
          const records = recordsOfIssue(content, n);
          return (
            <li key={n}>
              <h2 className="text-xl font-semibold">
                <a href={paths.issue(lang, n)} className="text-accent-600 hover:underline dark:text-accent-300">
                  {issue.frontmatter.title}
                </a>
              </h2>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                <time dateTime={issue.frontmatter.date}>{issue.frontmatter.date}</time> · {issue.frontmatter.period.label} ·{' '}
                {format(t.featureCount, { n: records.length })}
              </p>
              <p data-content className="mt-2">
                {issue.frontmatter.summary}
              </p>
              <ul className="mt-2 list-disc pl-6 text-sm">
                {records.map((r) => (
                  <li key={r.id}>
                    <a href={paths.featureAnchor(lang, n, r.id)} className="hover:underline">
                      {recordText(r, lang).title}
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </StaticHtml>
  );
}
