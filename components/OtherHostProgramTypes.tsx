'use client';
/**
 * What a program type may call on another host, evaluated in the browser from its uploaded facts
 * (the same evaluator as this host's /api/probe/program-types/NAME, on the lean catalog data).
 */
import { useId, useMemo, useState } from 'react';
import type { Lang } from '@/lib/features/types';
import type { HostFacts } from '@/lib/host-facts/schema';
import type { ProbeLabels } from '@/lib/i18n/probe-labels';
import { evaluateProgramTypeCalls, type ProgramTypeData } from '@/lib/verdicts/program-types';
import { ProgramTypeCallsView } from './ProgramTypeCallsView';

export function OtherHostProgramTypes({ facts, data, lang, t }: { facts: HostFacts; data: ProgramTypeData; lang: Lang; t: ProbeLabels }) {
  const types = useMemo(() => data.entries.filter((e) => e.kind === 'program-type').map((e) => e.name), [data]);
  const [type, setType] = useState('');
  const calls = useMemo(() => (type ? evaluateProgramTypeCalls(type, data, facts) : null), [type, data, facts]);
  const selectId = useId();
  return (
    <section aria-labelledby={`${selectId}-title`} className="mt-8" data-testid="other-program-types">
      <h3 id={`${selectId}-title`} className="text-lg font-semibold">
        {t.progTypesForAnotherHost}
      </h3>
      <label htmlFor={selectId} className="mt-2 flex flex-col text-sm font-semibold">
        {t.progTypesChoose}
        <select
          id={selectId}
          value={type}
          onChange={(event) => setType(event.target.value)}
          className="mt-1 w-fit max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-sm font-normal dark:border-slate-600 dark:bg-slate-900"
          data-testid="other-program-type-select"
        >
          <option value="">—</option>
          {types.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {calls && <ProgramTypeCallsView key={calls.programType} calls={calls} lang={lang} labels={t} />}
    </section>
  );
}
