import { groupByFirstCategory, type KernelComparison } from '@/lib/compare';
import { recordText } from '@/lib/content/queries';
import type { Lang } from '@/lib/features/types';
import { categoryLabel } from '@/lib/i18n/messages/categories';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { format } from '@/lib/i18n/format';
import { KIND_LABEL_KEYS } from '@/lib/i18n/kinds';
import { paths } from '@/lib/site';
import { Chip } from './Chip';

// Long kinds (hundreds of kfuncs over a wide range) start folded; a summary keeps the count in view.
const OPEN_UP_TO = 60;

/** What landed in (from, to]: digest features by category, then catalog entries by kind, with counts. */
export function CompareResults({ c, lang, t }: { c: KernelComparison; lang: Lang; t: Dictionary }) {
  const link = 'text-accent-600 hover:underline dark:text-accent-300';
  const count = 'ml-1.5 rounded-full bg-slate-100 px-2 py-0.5 text-sm font-normal text-slate-700 dark:bg-slate-800 dark:text-slate-200';
  return (
    <div data-testid="compare-results">
      <p className="mt-6 font-medium" role="status" data-testid="compare-summary">
        {c.counts.total === 0
          ? format(t.compareNothing, { from: c.from, to: c.to })
          : format(t.compareSummary, {
              from: c.from,
              to: c.to,
              total: c.counts.total,
              features: c.counts.features,
              catalog: c.counts.catalog,
            })}
      </p>
      {c.versions.length > 0 && (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {t.compareVersions.split('{versions}')[0]}
          {c.versions.map((v, i) => (
            <span key={v}>
              {i > 0 && ', '}
              <a href={paths.timelineVersion(lang, v)} className={`${link} underline`}>
                {v}
              </a>
            </span>
          ))}
        </p>
      )}

      {c.features.length > 0 && (
        <section className="mt-8" aria-labelledby="compare-features" data-testid="compare-features">
          <h2 id="compare-features" className="flex items-center border-b border-slate-200 pb-1 text-2xl font-bold dark:border-slate-800">
            {t.compareFeaturesHeading}
            <span className={count}>{c.counts.features}</span>
          </h2>
          <p
            className="mt-2 flex flex-wrap items-center gap-1.5 text-sm text-slate-600 dark:text-slate-400"
            data-testid="compare-category-counts"
          >
            <span>{t.compareByCategory}:</span>
            {c.featuresByCategory.map((g) => (
              <Chip key={g.category} tone="category">
                {categoryLabel(g.category, lang)} {g.records.length}
              </Chip>
            ))}
          </p>
          <div className="mt-4 space-y-5">
            {groupByFirstCategory(c.features).map((group) => (
              <div key={group.category} data-category={group.category}>
                <h3 className="flex items-center font-semibold">
                  {categoryLabel(group.category, lang)}
                  <span className={count}>{group.records.length}</span>
                </h3>
                <ul className="mt-2 space-y-2">
                  {group.records.map((r) => (
                    <li
                      key={r.id}
                      data-feature={r.id}
                      className="rounded-lg border border-accent-100 bg-accent-50/60 px-3 py-2 dark:border-sky-900 dark:bg-sky-950/30"
                    >
                      <a href={paths.feature(lang, r.id)} className="font-medium hover:underline [overflow-wrap:anywhere]">
                        {recordText(r, lang).title}
                      </a>
                      <div className="mt-1 flex flex-wrap items-center gap-1.5">
                        <Chip tone="kernel" href={paths.timelineVersion(lang, r.kernel!)}>
                          Linux {r.kernel}
                        </Chip>
                        {r.categories.slice(1).map((cat) => (
                          <Chip key={cat} tone="category">
                            {categoryLabel(cat, lang)}
                          </Chip>
                        ))}
                        <a
                          href={paths.featureAnchor(lang, r.issue, r.id)}
                          className="text-xs text-slate-600 hover:underline dark:text-slate-400"
                        >
                          {t.sourceIssue}: #{r.issue}
                        </a>
                      </div>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      )}

      {c.catalogByKind.length > 0 && (
        <section className="mt-10" aria-labelledby="compare-catalog" data-testid="compare-catalog">
          <h2 id="compare-catalog" className="flex items-center border-b border-slate-200 pb-1 text-2xl font-bold dark:border-slate-800">
            {t.compareCatalogHeading}
            <span className={count}>{c.counts.catalog}</span>
          </h2>
          <div className="mt-3 space-y-3">
            {c.catalogByKind.map((group) => (
              <details key={group.kind} open={group.entries.length <= OPEN_UP_TO} data-kind={group.kind}>
                <summary className="cursor-pointer font-semibold">
                  {t[KIND_LABEL_KEYS[group.kind]]}
                  <span className={count}>{group.entries.length}</span>
                </summary>
                <ul className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
                  {group.entries.map((e) => (
                    <li key={e.name} data-entry={e.name} className="flex min-w-0 items-baseline gap-2">
                      <span className="w-10 shrink-0 text-right text-xs tabular-nums text-slate-500 dark:text-slate-400">{e.kernel}</span>
                      <a
                        href={paths.catalogEntry(lang, e.kind, e.name)}
                        className={`min-w-0 font-mono text-xs [overflow-wrap:anywhere] ${link}`}
                      >
                        {e.name}
                      </a>
                    </li>
                  ))}
                </ul>
              </details>
            ))}
          </div>
        </section>
      )}
      <p className="mt-8 text-sm text-slate-600 dark:text-slate-400">{t.compareUserspaceNote}</p>
      <p className="mt-1 text-sm">
        <a href={`/api/compare?from=${c.from}&to=${c.to}`} className={link} data-testid="compare-json">
          {t.compareJson}
        </a>
      </p>
    </div>
  );
}
