'use client';
/**
 * Hosts side by side: one column per kept host, one row per digest feature (open) and per
 * catalog entry (a collapsed group per kind). Rows whose verdicts differ are tinted and marked ≠;
 * "differences only" hides the rest. Downloads as CSV or JSON are made here, in the browser.
 */
import { useId, useState } from 'react';
import type { Lang } from '@/lib/features/types';
import { visibleRows, type ComparisonGroup, type HostComparison } from '@/lib/verdicts/comparison';
import { comparisonFileName, comparisonToCsv, comparisonToJson } from '@/lib/verdicts/comparison-export';
import { format } from '@/lib/i18n/format';
import { KIND_LABEL_KEYS } from '@/lib/i18n/kinds';
import type { ProbeLabels } from '@/lib/i18n/probe-labels';
import type { ItemKind } from '@/lib/verdicts/types';
import { paths } from '@/lib/site';
import { VERDICT_LABEL_KEYS } from './VerdictItemRow';
import { VerdictPill } from './VerdictPill';

const button =
  'rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';
// Sticky cells need an opaque background (a differing row's tint repeats it) and stay under the
// site's sticky header (z-10).
const plainBg = 'bg-white dark:bg-slate-950';
const differsBg = 'bg-amber-50 dark:bg-[#2b2110]';

function kindLabel(kind: ItemKind, t: ProbeLabels): string {
  return kind === 'feature' ? t.kindFeature : t[KIND_LABEL_KEYS[kind]];
}

/** Saves text as a file: a Blob behind an object URL, clicked through a temporary link. */
function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Group({
  group,
  comparison,
  open,
  onToggle,
  differencesOnly,
  lang,
  t,
}: {
  group: ComparisonGroup;
  comparison: HostComparison;
  open: boolean;
  onToggle: () => void;
  differencesOnly: boolean;
  lang: Lang;
  t: ProbeLabels;
}) {
  const rows = visibleRows(group, differencesOnly);
  return (
    <tbody data-group={group.kind} data-open={open || undefined}>
      <tr className="border-t-2 border-slate-300 dark:border-slate-600">
        <th scope="rowgroup" className={`sticky left-0 z-[1] py-2 pr-3 text-left align-top ${plainBg}`}>
          <button type="button" aria-expanded={open} onClick={onToggle} className="flex items-start gap-1 text-left font-semibold">
            <span aria-hidden="true" className="w-3 shrink-0">
              {open ? '▾' : '▸'}
            </span>
            <span>
              {kindLabel(group.kind, t)}
              <span className="block text-xs font-normal text-slate-600 dark:text-slate-400" data-testid={`group-count-${group.kind}`}>
                {format(t.probeOtherGroupCount, { n: group.rows.length, d: group.differing })}
              </span>
            </span>
          </button>
        </th>
        {comparison.hosts.map((h, i) => (
          <td key={h.name} className="px-2 py-2 align-top text-xs tabular-nums text-slate-600 dark:text-slate-400">
            {format(t.probeCoverage, { n: group.supported[i] ?? 0, total: group.rows.length })}
          </td>
        ))}
      </tr>
      {open && rows.length === 0 && (
        <tr>
          <td colSpan={comparison.hosts.length + 1} className="py-2 text-sm text-slate-600 dark:text-slate-400">
            {t.probeOtherNoDifferences}
          </td>
        </tr>
      )}
      {open &&
        rows.map((row) => {
          const bg = row.differs ? differsBg : plainBg;
          const href = row.kind === 'feature' ? paths.feature(lang, row.id) : paths.catalogEntry(lang, row.kind, row.id);
          return (
            <tr
              key={row.id}
              data-row={`${row.kind}:${row.id}`}
              data-differs={row.differs || undefined}
              className={`border-t border-slate-100 dark:border-slate-800 ${bg}`}
            >
              <th scope="row" className={`sticky left-0 z-[1] max-w-[11rem] py-1.5 pr-3 text-left align-top font-normal sm:max-w-xs ${bg}`}>
                <span className="flex gap-1">
                  <span aria-hidden="true" className="w-3 shrink-0 font-bold text-amber-700 dark:text-amber-400">
                    {row.differs ? '≠' : ''}
                  </span>
                  <a
                    href={href}
                    className={`text-accent-600 hover:underline dark:text-accent-300 ${row.title ? '' : 'break-all font-mono text-xs'}`}
                  >
                    {row.title ?? row.id}
                  </a>
                  {row.differs && <span className="sr-only"> ({t.probeOtherDiffers})</span>}
                </span>
              </th>
              {row.verdicts.map((v, i) => (
                <td key={comparison.hosts[i]!.name} className="px-2 py-1.5 align-top">
                  <VerdictPill verdict={v} label={t[VERDICT_LABEL_KEYS[v]]} compact />
                </td>
              ))}
            </tr>
          );
        })}
    </tbody>
  );
}

export function HostComparisonTable({ comparison, lang, t }: { comparison: HostComparison; lang: Lang; t: ProbeLabels }) {
  const [differencesOnly, setDifferencesOnly] = useState(false);
  // The digest's features start open; the catalog's kinds (hundreds of rows) wait for a click.
  const [open, setOpen] = useState<ReadonlySet<ItemKind>>(() => new Set(['feature']));
  const toggle = (kind: ItemKind) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(kind)) next.add(kind);
      return next;
    });
  const filterId = useId();

  return (
    <div data-testid="host-comparison" data-differences-only={differencesOnly || undefined}>
      <p className="mt-2 text-sm" role="status" data-testid="comparison-summary">
        {format(t.probeOtherDifferSummary, { n: comparison.differing, total: comparison.total })}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        <label htmlFor={filterId} className="flex items-center gap-2 text-sm">
          <input
            id={filterId}
            type="checkbox"
            checked={differencesOnly}
            onChange={(e) => setDifferencesOnly(e.target.checked)}
            className="h-4 w-4 accent-accent-600"
            data-testid="differences-only"
          />
          {t.probeOtherDifferencesOnly}
        </label>
        <div className="flex gap-2">
          <button
            type="button"
            className={button}
            data-testid="export-csv"
            onClick={() =>
              download(`\uFEFF${comparisonToCsv(comparison)}`, comparisonFileName('csv', new Date()), 'text/csv;charset=utf-8')
            }
          >
            {t.probeOtherExportCsv}
          </button>
          <button
            type="button"
            className={button}
            data-testid="export-json"
            onClick={() =>
              download(
                `${JSON.stringify(comparisonToJson(comparison, new Date()), null, 2)}\n`,
                comparisonFileName('json', new Date()),
                'application/json',
              )
            }
          >
            {t.probeOtherExportJson}
          </button>
        </div>
      </div>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t.probeOtherExportNote}</p>
      {/* Narrow screens show verdicts as marks only: say what they mean. */}
      <p className="mt-2 flex flex-wrap gap-2 sm:hidden" aria-hidden="true">
        {(['supported', 'unsupported', 'unknown'] as const).map((v) => (
          <VerdictPill key={v} verdict={v} label={t[VERDICT_LABEL_KEYS[v]]} />
        ))}
      </p>
      <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label={t.probeOtherCompareTitle}>
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr>
              <th scope="col" className={`sticky left-0 z-[1] pb-2 pr-3 text-left align-bottom font-semibold ${plainBg}`}>
                {t.probeOtherColItem}
              </th>
              {comparison.hosts.map((h) => (
                <th
                  key={h.name}
                  scope="col"
                  className="min-w-[4.5rem] max-w-[12rem] px-2 pb-2 sm:min-w-[7.5rem] text-left align-bottom font-semibold"
                  data-host={h.name}
                >
                  <span className="block break-words">{h.name}</span>
                  <span className="block break-all font-mono text-xs font-normal text-slate-600 dark:text-slate-400">
                    {h.kernel ?? t.probeUnknownValue}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          {comparison.groups.map((g) => (
            <Group
              key={g.kind}
              group={g}
              comparison={comparison}
              open={open.has(g.kind)}
              onToggle={() => toggle(g.kind)}
              differencesOnly={differencesOnly}
              lang={lang}
              t={t}
            />
          ))}
        </table>
      </div>
    </div>
  );
}
