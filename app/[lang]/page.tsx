import type { Metadata } from 'next';
import { DigestLead } from '@/components/DigestLead';
import { StaticHtml } from '@/components/StaticHtml';
import { Island } from '@/components/Island';
import { TimelineFilters } from '@/components/TimelineFilters';
import { TimelineVersionSection } from '@/components/TimelineVersionSection';
import releases from '@/data/kernel-releases.json';
import { getDictionary } from '@/lib/i18n/dictionary';
import { format } from '@/lib/i18n/format';
import { pageMetadata } from '@/lib/metadata';
import { getCatalog, getCatalogIndex, getContent } from '@/lib/server/data';
import { requireLang } from '@/lib/server/params';
import { buildTimeline, filterTimeline, parseTimelineQuery } from '@/lib/timeline';

type Params = Promise<{ lang: string }>;
type Query = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const lang = requireLang((await params).lang);
  const t = getDictionary(lang);
  return pageMetadata(lang, '', t.homeTitle, t.siteTagline);
}

export default async function TimelinePage({ params, searchParams }: { params: Params; searchParams: Query }) {
  const lang = requireLang((await params).lang);
  const t = getDictionary(lang);
  const filter = parseTimelineQuery(await searchParams);
  const content = await getContent();
  const catalog = getCatalogIndex();
  const timeline = buildTimeline(content.records, getCatalog().entries, releases.releases);
  const shown = filterTimeline(timeline, filter);
  const helperLinks = new Set(content.records.flatMap((r) => r.helpers).filter((h) => catalog.byName(h)?.kind === 'helper'));

  return (
    <>
      <StaticHtml>
        <h1 className="text-3xl font-bold tracking-tight">{t.homeTitle}</h1>
        <p className="mt-2 max-w-prose text-slate-600 dark:text-slate-400">{t.homeIntro}</p>
        <DigestLead content={content} lang={lang} t={t} helperLinks={helperLinks} />
        <h2 id="timeline" className="mt-12 text-2xl font-bold tracking-tight">
          {t.timelineTitle}
        </h2>
        <p className="mt-2 max-w-prose text-slate-600 dark:text-slate-400">{t.timelineIntro}</p>
        <TimelineFilters lang={lang} t={t} filter={filter} versions={timeline.map((v) => v.version)} />
        <p className="mt-6 text-sm text-slate-600 dark:text-slate-400" role="status" data-testid="version-count">
          {shown.length === 0 ? t.noMatches : format(t.versionCount, { n: shown.length })}
        </p>
        <ol className="mt-4 space-y-10">
          {shown.map((v) => (
            <TimelineVersionSection key={v.version} v={v} lang={lang} t={t} helperLinks={helperLinks} />
          ))}
        </ol>
      </StaticHtml>
      <Island name="TimelineCatalogLists" props={{ lang }} />
    </>
  );
}
