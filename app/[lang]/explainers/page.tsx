import type { Metadata } from 'next';
import { StaticHtml } from '@/components/StaticHtml';
import { explainerSlugs, findExplainer } from '@/lib/content/queries';
import { getDictionary } from '@/lib/i18n/dictionary';
import { pageMetadata } from '@/lib/metadata';
import { getContent } from '@/lib/server/data';
import { requireLang } from '@/lib/server/params';
import { paths } from '@/lib/site';

type Params = Promise<{ lang: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const lang = requireLang((await params).lang);
  const t = getDictionary(lang);
  return pageMetadata(lang, '/explainers', t.explainers, t.explainersIntro);
}

export default async function ExplainersPage({ params }: { params: Params }) {
  const lang = requireLang((await params).lang);
  const t = getDictionary(lang);
  const content = await getContent();
  return (
    <StaticHtml>
      <h1 className="text-3xl font-bold tracking-tight">{t.explainers}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t.explainersIntro}</p>
      <ul className="mt-8 space-y-6">
        {explainerSlugs(content).map((slug) => {
          const e = findExplainer(content, slug, lang)!;
          return (
            <li key={slug}>
              <h2 className="text-xl font-semibold">
                <a href={paths.explainer(lang, slug)} className="text-accent-600 hover:underline dark:text-accent-300">
                  {e.frontmatter.title}
                </a>
              </h2>
              <p data-content className="mt-1">
                {e.frontmatter.summary}
              </p>
            </li>
          );
        })}
      </ul>
    </StaticHtml>
  );
}
