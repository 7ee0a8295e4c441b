'use client';
/**
 * What one program type may call on a host: the type's own verdict and evidence, then every catalog
 * helper grouped by verdict (callable, cannot tell, not callable), each with the data's conditions
 * and the evidence. Rendered on the server for this host (readable without JavaScript; the filter
 * is then a GET form), filtered as you type when JavaScript runs. The other-host view renders it
 * too, from verdicts made in the browser.
 */
import { useMemo, useState } from 'react';
import type { Lang } from '@/lib/features/types';
import { format } from '@/lib/i18n/format';
import { conditionsText } from '@/lib/i18n/helper-conditions';
import type { ProbeLabels } from '@/lib/i18n/probe-labels';
import type { HelperCall, ProgramTypeCalls } from '@/lib/verdicts/program-types';
import type { Verdict } from '@/lib/verdicts/types';
import { paths } from '@/lib/site';
import { EvidenceList } from './EvidenceList';
import { VerdictPill } from './VerdictPill';
import { VERDICT_LABEL_KEYS } from './VerdictItemRow';

const GROUPS: { verdict: Verdict; key: 'progTypesGroupSupported' | 'progTypesGroupUnknown' | 'progTypesGroupUnsupported' }[] = [
  { verdict: 'supported', key: 'progTypesGroupSupported' },
  { verdict: 'unknown', key: 'progTypesGroupUnknown' },
  { verdict: 'unsupported', key: 'progTypesGroupUnsupported' },
];

/** Case-insensitive match on the name, with or without the `bpf_` prefix. */
export function matchesHelperQuery(name: string, query: string): boolean {
  const q = query.trim().toLowerCase();
  return q === '' || name.toLowerCase().includes(q);
}

function HelperRow({ call, lang, t }: { call: HelperCall; lang: Lang; t: ProbeLabels }) {
  const conditions = conditionsText(call.conditions, t);
  return (
    <li data-helper={call.name} data-verdict={call.verdict} className="rounded-md border border-slate-200 p-2.5 dark:border-slate-800">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <VerdictPill verdict={call.verdict} label={t[VERDICT_LABEL_KEYS[call.verdict]]} compact />
        <a
          href={paths.helper(lang, call.name)}
          className="break-all font-mono text-sm text-accent-600 hover:underline dark:text-accent-300"
        >
          {call.name}
        </a>
        {conditions && (
          <span className="text-xs text-slate-600 dark:text-slate-400" data-conditions>
            {conditions}
          </span>
        )}
      </div>
      <EvidenceList evidence={call.evidence} lang={lang} label={t.probeEvidence} className="mt-1 text-xs" />
    </li>
  );
}

export function ProgramTypeCallsView({
  calls,
  lang,
  labels: t,
  query: initialQuery = '',
  filterAction,
  jsonHref,
}: {
  calls: ProgramTypeCalls;
  lang: Lang;
  labels: ProbeLabels;
  /** The filter as the page was asked for (?q=). */
  query?: string;
  /** Where the no-JavaScript filter form goes (this host's page); absent for another host's verdicts. */
  filterAction?: string;
  jsonHref?: string;
}) {
  const [query, setQuery] = useState(initialQuery);
  const shown = useMemo(() => calls.helpers.filter((h) => matchesHelperQuery(h.name, query)), [calls.helpers, query]);
  const filterId = `helper-filter-${calls.programType}`;
  return (
    <section
      aria-labelledby={`calls-${calls.programType}`}
      className="mt-6"
      data-testid="program-type-calls"
      data-program-type={calls.programType}
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id={`calls-${calls.programType}`} className="break-all font-mono text-xl font-semibold">
          <a href={paths.catalogEntry(lang, 'program-type', calls.programType)} className="hover:underline">
            {calls.programType}
          </a>
        </h2>
        <VerdictPill verdict={calls.verdict} label={t[VERDICT_LABEL_KEYS[calls.verdict]]} />
      </div>
      <EvidenceList evidence={calls.evidence} lang={lang} label={t.probeEvidence} className="mt-1 text-sm" />
      {calls.incomplete && (
        <p className="mt-2 max-w-prose text-sm text-amber-800 dark:text-amber-300" data-testid="program-type-incomplete">
          {format(t.progTypesIncomplete, { reason: calls.incomplete })}
        </p>
      )}
      <p className="mt-2 max-w-prose text-xs text-slate-600 dark:text-slate-400">
        {t.progTypesSource}
        {jsonHref && (
          <>
            {' '}
            <a href={jsonHref} className="text-accent-600 underline dark:text-accent-300">
              {t.progTypesJson}
            </a>
          </>
        )}
      </p>

      <form
        method="get"
        action={filterAction}
        className="mt-4 flex flex-wrap items-end gap-2"
        onSubmit={(event) => event.preventDefault()}
        role="search"
      >
        <input type="hidden" name="type" value={calls.programType} />
        <label htmlFor={filterId} className="flex flex-col text-sm font-semibold">
          {t.progTypesFilter}
          <input
            id={filterId}
            name="q"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            className="mt-1 w-64 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-sm font-normal dark:border-slate-600 dark:bg-slate-900"
            data-testid="helper-filter"
          />
        </label>
        {filterAction && (
          <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold dark:border-slate-600">
            {t.progTypesFilterSubmit}
          </button>
        )}
      </form>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" aria-live="polite" data-testid="helper-count">
        {format(t.progTypesShowing, { n: shown.length, total: calls.helpers.length })}
      </p>

      {GROUPS.map(({ verdict, key }) => {
        const group = shown.filter((h) => h.verdict === verdict);
        if (group.length === 0) return null;
        return (
          <details key={verdict} open={verdict !== 'unsupported' || query.trim() !== ''} className="mt-4" data-group={verdict}>
            <summary className="cursor-pointer text-lg font-semibold">{format(t[key], { n: group.length })}</summary>
            <ul className="mt-2 space-y-2">
              {group.map((call) => (
                <HelperRow key={call.name} call={call} lang={lang} t={t} />
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
