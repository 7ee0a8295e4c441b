import type { Lang } from '@/lib/features/types';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { format } from '@/lib/i18n/format';
import type { Range, SearchFilters, SearchHit, SearchKind, SearchOutcome } from '@/lib/search/types';
import { SEARCH_KINDS } from '@/lib/search/types';
import { searchHitPath } from '@/lib/search/hit-path';
import { SEARCH_KIND_BADGE_KEYS, SEARCH_KIND_LABEL_KEYS } from '@/lib/search/labels';
import { searchPagePath } from '@/lib/search/params';
import { SearchHighlight } from './SearchHighlight';

export interface HitSnippet {
  text: string;
  ranges: Range[];
}

const CODE_KINDS = new Set<SearchKind>(['helper', 'program-type', 'map-type', 'attach-type', 'kfunc']);

/** Counts per kind as tabs (links: the kind is a query parameter), then the ranked list. */
export function SearchResults({
  lang,
  t,
  q,
  filters,
  limit,
  outcome,
  snippets,
}: {
  lang: Lang;
  t: Dictionary;
  q: string;
  filters: SearchFilters;
  limit: number;
  outcome: SearchOutcome;
  snippets: Record<string, HitSnippet | undefined>;
}) {
  const all = Object.values(outcome.counts).reduce((a, b) => a + (b ?? 0), 0);
  const tabs: { kind?: SearchKind; label: string; count: number }[] = [
    { label: t.searchAllKinds, count: all },
    ...SEARCH_KINDS.filter((k) => outcome.counts[k] || filters.kind === k).map((k) => ({
      kind: k,
      label: t[SEARCH_KIND_LABEL_KEYS[k]],
      count: outcome.counts[k] ?? 0,
    })),
  ];
  return (
    <section aria-labelledby="search-results-heading" className="mt-6">
      <div role="status">
        <h2 id="search-results-heading" className="text-sm text-slate-600 dark:text-slate-400">
          {outcome.total === 0
            ? format(t.searchNoResults, { q })
            : format(outcome.total === 1 ? t.searchResultsCountOne : t.searchResultsCount, { n: outcome.total, q })}
        </h2>
      </div>
      {all > 0 ? (
        <nav aria-label={t.searchCountsLabel} className="mt-3">
          <ul className="flex flex-wrap gap-2 text-sm">
            {tabs.map((tab) => {
              const current = tab.kind === filters.kind;
              return (
                <li key={tab.kind ?? 'all'}>
                  <a
                    href={searchPagePath(lang, q, { ...filters, kind: tab.kind })}
                    aria-current={current ? 'page' : undefined}
                    data-kind={tab.kind ?? 'all'}
                    className={`inline-block rounded-full border px-3 py-0.5 ${current ? 'border-accent-600 bg-accent-600 text-white' : 'border-slate-300 hover:border-accent-600 dark:border-slate-600'}`}
                  >
                    {tab.label} <span className={current ? '' : 'text-slate-500 dark:text-slate-400'}>{tab.count}</span>
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
      <ol className="mt-6 space-y-5" data-testid="search-results">
        {outcome.hits.map((hit) => (
          <SearchResultItem key={hit.docId} hit={hit} lang={lang} t={t} snippet={snippets[hit.docId]} />
        ))}
      </ol>
      {outcome.total > outcome.hits.length ? (
        <p className="mt-6">
          <a href={searchPagePath(lang, q, filters, limit + 50)} className="text-accent-600 hover:underline dark:text-accent-300">
            {t.searchShowMore}
          </a>
        </p>
      ) : null}
    </section>
  );
}

function SearchResultItem({ hit, lang, t, snippet }: { hit: SearchHit; lang: Lang; t: Dictionary; snippet?: HitSnippet }) {
  return (
    <li data-kind={hit.kind} data-id={hit.id} className="min-w-0">
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
          {t[SEARCH_KIND_BADGE_KEYS[hit.kind]]}
        </span>
        <a
          href={searchHitPath(lang, hit)}
          className={`min-w-0 break-words text-lg font-semibold text-accent-600 hover:underline dark:text-accent-300 ${CODE_KINDS.has(hit.kind) ? 'font-mono text-base' : ''}`}
        >
          <SearchHighlight text={hit.title} ranges={hit.titleRanges} />
        </a>
        {hit.kernel ? (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900 dark:bg-amber-900/40 dark:text-amber-100">
            {t.kernel} {hit.kernel}
          </span>
        ) : null}
      </div>
      {snippet ? (
        <p data-content className="mt-1 break-words text-sm text-slate-700 dark:text-slate-300">
          <SearchHighlight text={snippet.text} ranges={snippet.ranges} />
        </p>
      ) : null}
    </li>
  );
}
