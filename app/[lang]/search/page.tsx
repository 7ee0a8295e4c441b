import type { Metadata } from 'next';
import { SearchFilters } from '@/components/SearchFilters';
import { SearchResults, type HitSnippet } from '@/components/SearchResults';
import { StaticHtml } from '@/components/StaticHtml';
import type { Lang } from '@/lib/features/types';
import { getDictionary } from '@/lib/i18n/dictionary';
import { format } from '@/lib/i18n/format';
import { compareVersionStrings } from '@/lib/kernel/version';
import { pageMetadata } from '@/lib/metadata';
import { highlightNeedles, highlightRanges, matchedTerms, snippet } from '@/lib/search/highlight';
import { parseSearchPageParams } from '@/lib/search/params';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { searchDoc, searchSite } from '@/lib/server/search';
import type { SearchHit, SearchOutcome } from '@/lib/search/types';
import { getCatalog, getContent } from '@/lib/server/data';
import { requireLang } from '@/lib/server/params';

export const dynamic = 'force-dynamic';

type Params = Promise<{ lang: string }>;
type Query = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: Query }): Promise<Metadata> {
  const lang = requireLang((await params).lang);
  const t = getDictionary(lang);
  const { q } = parseSearchPageParams(await searchParams);
  const meta = pageMetadata(lang, '/search', q ? `${t.searchTitle}: ${q}` : t.searchTitle, t.searchIntro);
  // Result lists are for people; the empty search page is the one worth indexing.
  return q ? { ...meta, robots: { index: false, follow: true } } : meta;
}

async function kernelVersions(): Promise<string[]> {
  const versions = new Set(getCatalog().entries.map((e) => e.kernel));
  for (const r of (await getContent()).records) if (r.kernel) versions.add(r.kernel);
  return [...versions].sort(compareVersionStrings);
}

async function snippetOf(hit: SearchHit, outcome: SearchOutcome, lang: Lang): Promise<HitSnippet | undefined> {
  const doc = await searchDoc(hit.docId);
  if (!doc) return undefined;
  const body = (lang === 'zh' ? doc.bodyZh || doc.bodyEn : doc.bodyEn || doc.bodyZh).trim();
  if (!body) return undefined;
  const expanded = new Set(outcome.expanded);
  return snippet(body, highlightRanges(body, highlightNeedles(outcome.needles, matchedTerms(body, expanded))));
}

export default async function SearchPage({ params, searchParams }: { params: Params; searchParams: Query }) {
  const lang = requireLang((await params).lang);
  const t = getDictionary(lang);
  const { q, filters, limit, tooLong } = parseSearchPageParams(await searchParams);
  const outcome = q && !tooLong ? await searchSite({ q, lang, limit, ...filters }) : null;
  const snippets = outcome
    ? Object.fromEntries(await Promise.all(outcome.hits.map(async (h) => [h.docId, await snippetOf(h, outcome, lang)] as const)))
    : {};

  return (
    <StaticHtml>
      <h1 className="text-3xl font-bold tracking-tight">{t.searchTitle}</h1>
      <p className="mt-2 max-w-prose text-slate-600 dark:text-slate-400">{t.searchIntro}</p>
      <SearchFilters lang={lang} t={t} q={q} filters={filters} versions={await kernelVersions()} />
      {tooLong ? (
        <p role="alert" className="mt-6 text-red-700 dark:text-red-300">
          {format(t.searchTooLong, { max: MAX_QUERY_LENGTH })}
        </p>
      ) : outcome ? (
        <SearchResults lang={lang} t={t} q={q} filters={filters} limit={limit} outcome={outcome} snippets={snippets} />
      ) : (
        <p className="mt-6 text-slate-600 dark:text-slate-400">{t.searchEmptyPrompt}</p>
      )}
    </StaticHtml>
  );
}
