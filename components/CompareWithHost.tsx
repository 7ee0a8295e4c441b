'use client';

import { useEffect, useMemo, useState } from 'react';
import { compareWithHost, type RangeVerdictItem } from '@/lib/compare';
import type { Lang } from '@/lib/features/types';
import { loadKeptFacts, subscribeKeptFacts, type KeptFacts } from '@/lib/host-facts/storage';
import { fromEvaluatorData, type EvaluatorData } from '@/lib/verdicts/evaluator-data';
import { evidenceText } from '@/lib/verdicts/evidence';
import type { ItemKind, Verdict } from '@/lib/verdicts/types';
import { VerdictPill } from './VerdictPill';

export type CompareHostLabels = Record<
  | 'title'
  | 'intro'
  | 'none'
  | 'getReport'
  | 'pick'
  | 'choose'
  | 'summary'
  | 'releaseUnknown'
  | 'byVersion'
  | 'noBtf'
  | 'backported'
  | 'missing'
  | 'byVersionBadge'
  | 'evidence'
  | Verdict,
  string
> & { kinds: Record<ItemKind, string> };

export interface CompareHostItemMeta {
  /** `feature:<id>` or `<kind>:<name>` → what to show and where it links. */
  key: string;
  label: string;
  href: string;
}

const ORDER: Verdict[] = ['unsupported', 'unknown', 'supported'];
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));

/**
 * "Compare with a host": evaluates what the comparison lists (the page passes it in the lean form,
 * lib/verdicts/evaluator-data) against host facts kept in this browser (lib/host-facts/storage),
 * with the probe's evaluator. Nothing is sent anywhere.
 */
export function CompareWithHost({
  lang,
  labels,
  probeHref,
  evaluator,
  meta,
}: {
  lang: Lang;
  labels: CompareHostLabels;
  probeHref: string;
  /** The comparison's features and catalog entries, lean. */
  evaluator: EvaluatorData;
  meta: CompareHostItemMeta[];
}) {
  const [kept, setKept] = useState<KeptFacts[] | null>(null);
  const [selected, setSelected] = useState('');

  useEffect(() => {
    const refresh = () => {
      const list = loadKeptFacts();
      setKept(list);
      setSelected((current) => (list.some((r) => r.name === current) ? current : (list.at(-1)?.name ?? '')));
    };
    refresh();
    return subscribeKeptFacts(refresh);
  }, []);

  const host = kept?.find((r) => r.name === selected) ?? null;
  const items = useMemo(() => fromEvaluatorData(evaluator), [evaluator]);
  const result = useMemo(() => (host ? compareWithHost(items, host.facts) : null), [host, items]);
  const byKey = useMemo(() => new Map(meta.map((m) => [m.key, m])), [meta]);

  return (
    <section
      className="mt-10 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
      aria-labelledby="compare-host"
      data-testid="compare-host"
    >
      <h2 id="compare-host" className="text-xl font-bold">
        {labels.title}
      </h2>
      <p className="mt-1 max-w-prose text-sm text-slate-600 dark:text-slate-400">{labels.intro}</p>
      {kept !== null && kept.length === 0 && (
        <p className="mt-3 text-sm" data-testid="compare-host-none">
          {labels.none}{' '}
          <a href={probeHref} className="text-accent-600 underline dark:text-accent-300">
            {labels.getReport}
          </a>
        </p>
      )}
      {kept !== null && kept.length > 0 && (
        <label className="mt-3 flex flex-col text-sm sm:flex-row sm:items-center sm:gap-2">
          <span className="font-semibold">{labels.pick}</span>
          <select
            value={selected}
            onChange={(e) => setSelected(e.target.value)}
            className="mt-1 max-w-full rounded border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900 sm:mt-0"
            data-testid="compare-host-select"
          >
            <option value="">{labels.choose}</option>
            {kept.map((r) => (
              <option key={r.name} value={r.name}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {host && result && (
        <div className="mt-4" data-testid="compare-host-result">
          <p role="status" className="font-medium" data-testid="compare-host-summary">
            {fill(labels.summary, {
              name: host.name,
              release: result.release ?? labels.releaseUnknown,
              supported: result.total.supported,
              unsupported: result.total.unsupported,
              unknown: result.total.unknown,
              total: result.total.total,
            })}
          </p>
          {!result.btf && <p className="mt-1 text-sm text-amber-800 dark:text-amber-300">{labels.noBtf}</p>}
          {result.total.byVersionOnly > 0 && (
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{fill(labels.byVersion, { n: result.total.byVersionOnly })}</p>
          )}
          <div className="mt-3 space-y-3">
            {ORDER.map((verdict) => {
              const items = result.items.filter((i) => i.verdict === verdict);
              if (items.length === 0) return null;
              return (
                <details key={verdict} open={verdict !== 'supported' || items.length <= 40} data-host-verdict={verdict}>
                  <summary className="cursor-pointer">
                    <VerdictPill verdict={verdict} label={labels[verdict]} /> <span className="text-sm tabular-nums">({items.length})</span>
                  </summary>
                  <ul className="mt-2 space-y-2">
                    {items.map((item) => (
                      <HostItemRow
                        key={`${item.kind}:${item.id}`}
                        item={item}
                        meta={byKey.get(`${item.kind}:${item.id}`)}
                        labels={labels}
                        lang={lang}
                      />
                    ))}
                  </ul>
                </details>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}

function HostItemRow({
  item,
  meta,
  labels,
  lang,
}: {
  item: RangeVerdictItem;
  meta?: CompareHostItemMeta;
  labels: CompareHostLabels;
  lang: Lang;
}) {
  const badge = 'rounded px-1.5 py-0.5 text-xs';
  return (
    <li className="text-sm" data-host-item={`${item.kind}:${item.id}`} data-verdict={item.verdict}>
      <a href={meta?.href} className={`hover:underline [overflow-wrap:anywhere] ${item.kind === 'feature' ? '' : 'font-mono text-xs'}`}>
        {meta?.label ?? item.id}
      </a>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500 dark:text-slate-400">
        <span>{labels.kinds[item.kind]}</span>
        <span className="tabular-nums">Linux {item.kernel}</span>
        {item.backported && (
          <span className={`${badge} bg-emerald-50 text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200`}>
            {labels.backported}
          </span>
        )}
        {item.missingDespiteVersion && (
          <span className={`${badge} bg-rose-50 text-rose-800 dark:bg-rose-900/40 dark:text-rose-200`}>{labels.missing}</span>
        )}
        {item.byVersionOnly && (
          <span className={`${badge} bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300`}>{labels.byVersionBadge}</span>
        )}
      </div>
      <details className="text-xs text-slate-600 dark:text-slate-400">
        <summary className="cursor-pointer">{labels.evidence}</summary>
        <ul className="ml-4 list-disc">
          {item.evidence.map((e, i) => (
            <li key={i} className="[overflow-wrap:anywhere]">
              {evidenceText(e, lang)}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
