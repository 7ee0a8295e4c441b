import type { Lang } from '@/lib/features/types';
import { CATEGORIES } from '@/lib/features/vocabulary';
import { categoryLabel } from '@/lib/i18n/messages/categories';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { KIND_LABEL_KEYS } from '@/lib/i18n/kinds';
import { paths } from '@/lib/site';
import { isFiltered, TIMELINE_KINDS, type TimelineFilter, type TimelineKind } from '@/lib/timeline';
import { KernelRangeSelects } from './KernelRangeSelects';

/** A plain GET form: the filter lives in the query string and works without JavaScript. */
export function TimelineFilters({ lang, t, filter, versions }: { lang: Lang; t: Dictionary; filter: TimelineFilter; versions: string[] }) {
  const kindLabel = (kind: TimelineKind) => (kind === 'feature' ? t.kindFeature : t[KIND_LABEL_KEYS[kind]]);
  const box = 'flex items-center gap-1.5 text-sm';
  return (
    <details open={isFiltered(filter)} className="mt-6 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <summary className="cursor-pointer font-semibold">{t.filters}</summary>
      <form method="get" action={paths.home(lang)} className="mt-4 space-y-4" aria-label={t.filters}>
        <fieldset>
          <legend className="text-sm font-semibold">{t.filterCategories}</legend>
          <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
            {CATEGORIES.map((c) => (
              <label key={c} className={box}>
                <input type="checkbox" name="category" value={c} defaultChecked={filter.categories.includes(c)} />
                {categoryLabel(c, lang)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="text-sm font-semibold">{t.filterKinds}</legend>
          <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
            {TIMELINE_KINDS.map((k) => (
              <label key={k} className={box}>
                <input type="checkbox" name="kind" value={k} defaultChecked={filter.kinds.includes(k)} />
                {kindLabel(k)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-end gap-4">
          <KernelRangeSelects
            versions={versions}
            values={filter}
            labels={{ from: t.filterFrom, to: t.filterTo }}
            anyLabel={t.filterAny}
            selectClassName="mt-1 rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          />
          <label className={box}>
            <input type="checkbox" name="digest" value="1" defaultChecked={filter.digestOnly} />
            {t.filterDigestOnly}
          </label>
        </div>
        <div className="flex gap-3">
          <button type="submit" className="rounded-md bg-accent-600 px-4 py-1.5 text-sm font-semibold text-white hover:bg-accent-700">
            {t.filterApply}
          </button>
          <a href={paths.home(lang)} className="rounded-md border border-slate-300 px-4 py-1.5 text-sm dark:border-slate-600">
            {t.filterReset}
          </a>
        </div>
      </form>
    </details>
  );
}
