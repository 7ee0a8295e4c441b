import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MdxContent } from '@/components/MdxContent';
import { StaticHtml } from '@/components/StaticHtml';
import { findExplainer, recordsForExplainer, recordText } from '@/lib/content/queries';
import { getDictionary } from '@/lib/i18n/dictionary';
import { htmlLang } from '@/lib/i18n/locale';
import { pageMetadata } from '@/lib/metadata';
import { getContent } from '@/lib/server/data';
import { requireLang } from '@/lib/server/params';
import { paths } from '@/lib/site';

type Params = Promise<{ lang: string; slug: string }>;

async function load(params: Params) {
  const { lang: l, slug } = await params;
  const lang = requireLang(l);
  const content = await getContent();
  const explainer = findExplainer(content, slug, lang);
  if (!explainer) notFound();
  return { lang, content, explainer };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, explainer } = await load(params);
  return pageMetadata(lang, `/explainers/${explainer.slug}`, explainer.frontmatter.title, explainer.frontmatter.summary);
}

export default async function ExplainerPage({ params }: { params: Params }) {
  const { lang, content, explainer } = await load(params);
  const t = getDictionary(lang);
  const features = recordsForExplainer(content, explainer.slug);
  return (
    <StaticHtml>
      <article lang={htmlLang(explainer.lang)}>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <a href={paths.explainers(lang)} className="hover:underline">
            {t.explainers}
          </a>
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">{explainer.frontmatter.title}</h1>
        <p className="mt-2 text-lg text-slate-600 dark:text-slate-400">{explainer.frontmatter.summary}</p>
        <div className="prose prose-slate mt-6 max-w-none dark:prose-invert prose-a:text-accent-600 dark:prose-a:text-accent-300">
          <MdxContent code={explainer.code} />
        </div>
        {features.length > 0 && (
          <section aria-labelledby="depending" className="mt-10">
            <h2 id="depending" className="text-xl font-semibold">
              {t.featuresDependingOnIt}
            </h2>
            <ul className="mt-3 list-disc space-y-1 pl-6">
              {features.map((r) => (
                <li key={r.id}>
                  <a href={paths.feature(lang, r.id)} className="text-accent-600 underline dark:text-accent-300">
                    {recordText(r, lang).title}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
    </StaticHtml>
  );
}
