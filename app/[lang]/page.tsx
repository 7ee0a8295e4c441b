import type { Metadata } from 'next';
import Link from 'next/link';
import { FeatureBadges } from '@/components/FeatureBadges';
import { recordText } from '@/lib/content/queries';
import type { CatalogKind } from '@/lib/catalog/types';
import { getDictionary } from '@/lib/i18n/dictionary';
import { KIND_LABEL_KEYS } from '@/lib/i18n/kinds';
import { pageMetadata } from '@/lib/metadata';
import { getCatalog, getCatalogIndex, getContent } from '@/lib/server/data';
import { requireLang } from '@/lib/server/params';
import { paths } from '@/lib/site';
import { buildTimeline } from '@/lib/timeline';
import releases from '@/data/kernel-releases.json';

type Params = Promise<{ lang: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const lang = requireLang((await params).lang);
  const t = getDictionary(lang);
  return pageMetadata(lang, '', t.timelineTitle, t.siteTagline);
}

export default async function TimelinePage({ params }: { params: Params }) {
  const lang = requireLang((await params).lang);
  const t = getDictionary(lang);
  const content = await getContent();
  const catalog = getCatalogIndex();
  const timeline = buildTimeline(content.records, getCatalog().entries, releases.releases);
  const helperLinks = new Set(content.records.flatMap((r) => r.helpers).filter((h) => catalog.byName(h)?.kind === 'helper'));

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t.timelineTitle}</h1>
      <p className="mt-2 max-w-prose text-slate-600 dark:text-slate-400">{t.timelineIntro}</p>
      <ol className="mt-8 space-y-10">
        {timeline.map((v) => (
          <li key={v.version} id={`v${v.version}`} aria-labelledby={`v${v.version}-h`}>
            <h2 id={`v${v.version}-h`} className="flex items-baseline gap-3 border-b border-slate-200 pb-1 dark:border-slate-800">
              <span className="text-2xl font-bold">Linux {v.version}</span>
              {v.releaseDate && (
                <time dateTime={v.releaseDate} className="text-sm text-slate-500 dark:text-slate-400">
                  {v.releaseDate}
                </time>
              )}
            </h2>
            {v.records.length > 0 && (
              <section aria-label={t.fromTheDigest} className="mt-4 space-y-3">
                {v.records.map((r) => (
                  <article key={r.id} className="rounded-lg border border-accent-100 bg-accent-50/60 p-3 dark:border-sky-900 dark:bg-sky-950/30">
                    <h3 className="font-semibold">
                      <Link href={paths.feature(lang, r.id)} className="hover:underline">
                        {recordText(r, lang).title}
                      </Link>
                    </h3>
                    <div className="mt-1.5">
                      <FeatureBadges record={r} lang={lang} t={t} helperLinks={helperLinks} />
                    </div>
                    <p className="mt-1.5 text-xs text-slate-600 dark:text-slate-400">
                      <Link href={paths.featureAnchor(lang, r.issue, r.id)} className="hover:underline">
                        {t.sourceIssue}: #{r.issue}
                      </Link>
                    </p>
                  </article>
                ))}
              </section>
            )}
            {(Object.keys(v.catalog) as CatalogKind[])
              .filter((kind) => v.catalog[kind].length > 0)
              .map((kind) => (
                <details key={kind} className="mt-3 text-sm">
                  <summary className="cursor-pointer">
                    {t[KIND_LABEL_KEYS[kind]]} ({v.catalog[kind].length})
                  </summary>
                  <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 font-mono text-xs">
                    {v.catalog[kind].map((e) => (
                      <li key={e.name}>
                        <Link href={paths.catalogEntry(lang, kind, e.name)} className="text-accent-600 hover:underline dark:text-accent-300">
                          {e.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </details>
              ))}
          </li>
        ))}
      </ol>
    </>
  );
}
