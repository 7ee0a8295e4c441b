import type { Lang } from '@/lib/features/types';
import { CATEGORIES } from '@/lib/features/vocabulary';
import { categoryLabel } from '@/lib/i18n/messages/categories';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { searchPagePath } from '@/lib/search/params';
import type { SearchFilters as Filters } from '@/lib/search/types';
import { KernelRangeSelects } from './KernelRangeSelects';

const FIELD = 'mt-1 rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';

/**
 * The search page's form: a plain GET to the same page, so it works without JavaScript and every
 * result list has its own URL. The kind stays as chosen with the tabs.
 */
export function SearchFilters({
  lang,
  t,
  q,
  filters,
  versions,
}: {
  lang: Lang;
  t: Dictionary;
  q: string;
  filters: Filters;
  versions: string[];
}) {
  const filtered = Boolean(filters.category || filters.from || filters.to || filters.textLang);
  return (
    <form method="get" action={searchPagePath(lang)} role="search" aria-label={t.searchTitle} className="mt-6">
      <div className="flex gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          {t.searchBoxLabel}
        </label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={200}
          placeholder={t.searchPlaceholder}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
        />
        <button type="submit" className="rounded-md bg-accent-600 px-4 py-2 font-semibold text-white hover:bg-accent-700">
          {t.searchSubmit}
        </button>
      </div>
      {filters.kind ? <input type="hidden" name="kind" value={filters.kind} /> : null}
      <details open={filtered} className="mt-3 rounded-lg border border-slate-200 px-4 py-2 dark:border-slate-700">
        <summary className="cursor-pointer text-sm font-semibold">{t.searchFilters}</summary>
        <div className="mt-3 flex flex-wrap items-end gap-4 pb-2">
          <label className="flex flex-col text-sm">
            <span className="font-semibold">{t.searchCategory}</span>
            <select name="category" defaultValue={filters.category ?? ''} className={FIELD}>
              <option value="">{t.searchAnyCategory}</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {categoryLabel(c, lang)}
                </option>
              ))}
            </select>
          </label>
          <KernelRangeSelects
            versions={versions}
            values={filters}
            labels={{ from: t.searchKernelFrom, to: t.searchKernelTo }}
            anyLabel={t.filterAny}
            selectClassName={FIELD}
          />
          <label className="flex flex-col text-sm">
            <span className="font-semibold">{t.searchTextLang}</span>
            <select name="in" defaultValue={filters.textLang ?? ''} className={FIELD}>
              <option value="">{t.searchAnyLanguage}</option>
              <option value="zh">{t.langZh}</option>
              <option value="en">{t.langEn}</option>
            </select>
          </label>
          <button type="submit" className="rounded-md border border-slate-300 px-4 py-1.5 text-sm dark:border-slate-600">
            {t.searchApply}
          </button>
          {filtered && q ? (
            <a
              href={searchPagePath(lang, q, { kind: filters.kind })}
              className="py-1.5 text-sm text-accent-600 hover:underline dark:text-accent-300"
            >
              {t.searchClearFilters}
            </a>
          ) : null}
        </div>
      </details>
    </form>
  );
}
