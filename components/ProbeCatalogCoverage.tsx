import { CATALOG_KINDS } from '@/lib/catalog/types';
import type { Lang } from '@/lib/features/types';
import { format } from '@/lib/i18n/format';
import { KIND_LABEL_KEYS } from '@/lib/i18n/kinds';
import type { ProbeLabels } from '@/lib/i18n/probe-labels';
import type { HostVerdicts } from '@/lib/verdicts/host-verdicts';
import type { VerdictItem } from '@/lib/verdicts/types';
import { RowsWhenOpen } from './RowsWhenOpen';
import { VerdictItemRow } from './VerdictItemRow';
import { probeAnchor } from '@/lib/site';

/** Lists this long start open; longer ones wait for a click (and their rows are made then). */
const OPEN_UP_TO = 40;

function Rows({ items, lang, labels, idPrefix }: { items: VerdictItem[]; lang: Lang; labels: ProbeLabels; idPrefix: string }) {
  return (
    <ul className="mt-1 divide-y divide-slate-100 dark:divide-slate-800">
      {items.map((item) => (
        <VerdictItemRow key={item.id} item={item} lang={lang} labels={labels} compact anchorPrefix={idPrefix} />
      ))}
    </ul>
  );
}

/** Per catalog kind: how many entries this host has, the missing ones listed first, every entry anchored. */
export function ProbeCatalogCoverage({
  verdicts,
  lang,
  labels,
  idPrefix = '',
}: {
  verdicts: HostVerdicts;
  lang: Lang;
  labels: ProbeLabels;
  idPrefix?: string;
}) {
  return (
    <div className="mt-4 space-y-6">
      {CATALOG_KINDS.map((kind) => {
        const counts = verdicts.coverage[kind];
        const items = verdicts.features.filter((f) => f.kind === kind);
        const missing = items.filter((f) => f.verdict !== 'supported');
        const present = items.filter((f) => f.verdict === 'supported');
        const share = counts.total ? Math.round((counts.supported / counts.total) * 100) : 0;
        return (
          <section key={kind} aria-labelledby={`${idPrefix}coverage-${kind}`} data-coverage={kind}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-4">
              <h3 id={`${idPrefix}coverage-${kind}`} className="text-lg font-semibold">
                {labels[KIND_LABEL_KEYS[kind]]}
              </h3>
              <p className="text-sm tabular-nums" data-testid={`coverage-${kind}`}>
                {format(labels.probeCoverage, { n: counts.supported, total: counts.total })}
              </p>
            </div>
            <div className="mt-1 h-2 overflow-hidden rounded bg-slate-200 dark:bg-slate-800" aria-hidden="true">
              <div className="h-full bg-emerald-500" style={{ width: `${share}%` }} />
            </div>
            {missing.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{labels.probeNothingMissing}</p>
            ) : (
              <RowsWhenOpen
                className="mt-2"
                open={missing.length <= OPEN_UP_TO}
                anchorIds={missing.map((item) => idPrefix + probeAnchor(kind, item.id))}
                summary={format(labels.probeNotSupportedList, { n: missing.length })}
              >
                {() => <Rows items={missing} lang={lang} labels={labels} idPrefix={idPrefix} />}
              </RowsWhenOpen>
            )}
            {present.length > 0 && (
              <RowsWhenOpen
                className="mt-1"
                open={false}
                anchorIds={present.map((item) => idPrefix + probeAnchor(kind, item.id))}
                summary={format(labels.probeSupportedList, { n: present.length })}
              >
                {() => <Rows items={present} lang={lang} labels={labels} idPrefix={idPrefix} />}
              </RowsWhenOpen>
            )}
          </section>
        );
      })}
    </div>
  );
}
