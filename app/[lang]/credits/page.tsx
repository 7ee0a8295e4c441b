import type { Metadata } from 'next';
import { StaticHtml } from '@/components/StaticHtml';
import { getDictionary } from '@/lib/i18n/dictionary';
import { pageMetadata } from '@/lib/metadata';
import { getCatalog, getContent } from '@/lib/server/data';
import { requireLang } from '@/lib/server/params';

type Params = Promise<{ lang: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const lang = requireLang((await params).lang);
  const t = getDictionary(lang);
  return pageMetadata(lang, '/credits', t.credits, t.creditsIntro);
}

export default async function CreditsPage({ params }: { params: Params }) {
  const lang = requireLang((await params).lang);
  const t = getDictionary(lang);
  const content = await getContent();
  const issueSources = new Map(content.issues.filter((i) => i.isOriginal).map((i) => [i.frontmatter.source.url, i.frontmatter.source]));
  const link = 'text-accent-600 underline dark:text-accent-300';
  return (
    <StaticHtml>
      <h1 className="text-3xl font-bold tracking-tight">{t.credits}</h1>
      <p className="mt-2 max-w-prose text-slate-600 dark:text-slate-400">{t.creditsIntro}</p>
      <ul className="mt-8 space-y-6">
        {[...issueSources.values()].map((s) => (
          <li key={s.url}>
            <h2 className="text-lg font-semibold">
              {s.publisher}: “{s.title}”
            </h2>
            <p>
              <a href={s.url} className={link} rel="noopener">
                {s.url}
              </a>{' '}
              · {t.license}:{' '}
              <a href={s.licenseUrl} className={link} rel="license noopener">
                {s.license}
              </a>
            </p>
          </li>
        ))}
        {getCatalog().sources.map((s) => (
          <li key={s.repo + s.path}>
            <h2 className="text-lg font-semibold">
              {s.name} — {s.repo}
            </h2>
            <p data-content>
              <a href={`https://github.com/${s.repo}/blob/${s.commit}/${s.path}`} className={link} rel="noopener">
                {s.path} @ {s.commit.slice(0, 12)}
              </a>{' '}
              · {t.license}: {s.license}
            </p>
          </li>
        ))}
      </ul>
    </StaticHtml>
  );
}
