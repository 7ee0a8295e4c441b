import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { DidYouKnowSection } from '@/components/DidYouKnowSection';
import { FeatureBlock } from '@/components/FeatureBlock';
import { IssueAttribution } from '@/components/IssueAttribution';
import { IssueNav } from '@/components/IssueNav';
import { MdxContent } from '@/components/MdxContent';
import { StaticHtml } from '@/components/StaticHtml';
import { adjacentIssues, findExplainer, findIssue, recordsOfIssue } from '@/lib/content/queries';
import { getDictionary } from '@/lib/i18n/dictionary';
import { format } from '@/lib/i18n/format';
import { htmlLang } from '@/lib/i18n/locale';
import { pageMetadata } from '@/lib/metadata';
import { getCatalogIndex, getContent } from '@/lib/server/data';
import { requireIssueNumber, requireLang } from '@/lib/server/params';
import { paths } from '@/lib/site';

type Params = Promise<{ lang: string; n: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang: l, n } = await params;
  const lang = requireLang(l);
  const issue = findIssue(await getContent(), requireIssueNumber(n), lang);
  if (!issue) notFound();
  return pageMetadata(lang, `/issues/${issue.number}`, issue.frontmatter.title, issue.frontmatter.summary);
}

export default async function IssuePage({ params }: { params: Params }) {
  const { lang: l, n } = await params;
  const lang = requireLang(l);
  const content = await getContent();
  const issue = findIssue(content, requireIssueNumber(n), lang);
  if (!issue) notFound();
  const t = getDictionary(lang);
  const catalog = getCatalogIndex();
  const records = new Map(recordsOfIssue(content, issue.number).map((r) => [r.id, r]));
  const helperLinks = new Set([...records.values()].flatMap((r) => r.helpers).filter((h) => catalog.byName(h)?.kind === 'helper'));
  const { frontmatter } = issue;
  const explainers = frontmatter.explainers.map((slug) => findExplainer(content, slug, lang)).filter((e) => e !== undefined);

  const Feature = ({ id, children }: { id: string; children?: ReactNode }) => {
    const record = records.get(id);
    if (!record) return <>{children}</>;
    return (
      <FeatureBlock record={record} lang={lang} t={t} helperLinks={helperLinks}>
        {children}
      </FeatureBlock>
    );
  };
  const DidYouKnow = ({ slug }: { slug: string }) => {
    const explainer = findExplainer(content, slug, lang);
    return explainer ? <DidYouKnowSection explainer={explainer} lang={lang} t={t} /> : null;
  };

  return (
    <StaticHtml>
      <article lang={htmlLang(issue.lang)}>
        <header className="mb-6">
          <p className="text-sm text-slate-600 dark:text-slate-400">
            <a href={paths.issues(lang)} className="hover:underline">
              {t.issues}
            </a>{' '}
            · {frontmatter.period.label}
          </p>
          <h1 className="mt-1 text-3xl font-bold tracking-tight">{frontmatter.title}</h1>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            {t.published}: <time dateTime={frontmatter.date}>{frontmatter.date}</time> · {format(t.featureCount, { n: records.size })}
          </p>
          <IssueAttribution issue={issue} t={t} />
          {explainers.length > 0 && (
            <nav aria-label={t.relatedExplainers} className="mt-4 text-sm">
              <span className="font-semibold">{t.relatedExplainers}:</span>{' '}
              {explainers.map((e, i) => (
                <span key={e.slug}>
                  {i > 0 && ' · '}
                  <a href={paths.explainer(lang, e.slug)} className="text-accent-600 underline dark:text-accent-300">
                    {e.frontmatter.title}
                  </a>
                </span>
              ))}
            </nav>
          )}
        </header>
        <div className="prose prose-slate max-w-none dark:prose-invert prose-headings:scroll-mt-20 prose-a:text-accent-600 dark:prose-a:text-accent-300">
          <MdxContent code={issue.code} components={{ Feature, DidYouKnow }} />
        </div>
        <IssueNav {...adjacentIssues(content, issue.number, lang)} lang={lang} t={t} />
      </article>
    </StaticHtml>
  );
}
