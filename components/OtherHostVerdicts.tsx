'use client';
/**
 * Another host's facts, evaluated in the browser: who collected them and when, a form to keep them
 * under a name, then the same view as this host's check (HostVerdictsView, its anchors prefixed
 * `other-`).
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Lang } from '@/lib/features/types';
import { format } from '@/lib/i18n/format';
import { formatDateTime } from '@/lib/i18n/locale';
import type { ProbeLabels } from '@/lib/i18n/probe-labels';
import type { HostVerdicts } from '@/lib/verdicts/host-verdicts';
import { MAX_KEPT_NAME, normalizeKeptName } from '@/lib/host-facts/storage';
import type { HostFacts } from '@/lib/host-facts/schema';
import type { ProgramTypeData } from '@/lib/verdicts/program-types';
import { HostVerdictsView, type ProbeRecordMeta } from './HostVerdictsView';
import { OtherHostProgramTypes } from './OtherHostProgramTypes';

const button =
  'rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

export function OtherHostVerdicts({
  facts,
  verdicts,
  keptName,
  suggestedName,
  keptNames,
  lang,
  t,
  records,
  coreHref,
  programTypeData,
  onKeep,
  onClose,
}: {
  facts: HostFacts;
  verdicts: HostVerdicts;
  /** The name the facts are kept under, null when they are not kept (yet). */
  keptName: string | null;
  suggestedName: string;
  keptNames: string[];
  lang: Lang;
  t: ProbeLabels;
  records: ProbeRecordMeta[];
  coreHref: string;
  /** The catalog's program types and what they may call, for the program-type view. */
  programTypeData: ProgramTypeData;
  /** Keeps the facts; returns why it could not, or null. */
  onKeep: (name: string, facts: HostFacts) => string | null;
  onClose: () => void;
}) {
  const [name, setName] = useState(keptName ?? suggestedName);
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const nameId = useId();
  const noteId = useId();

  // Verdicts that appear (facts opened, or shown from the list) take the focus, so they are seen and heard.
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, []);

  const typed = normalizeKeptName(name);
  const note =
    keptName !== null && typed === keptName
      ? format(t.probeOtherKept, { name: keptName })
      : keptNames.includes(typed)
        ? t.probeOtherReplaces
        : t.probeOtherKeepNote;
  // The same words as this host's view, except what is not about this server.
  const labels: ProbeLabels = { ...t, probeCapabilities: t.probeOtherCapabilities, probeFeaturesTitle: t.probeOtherFeaturesTitle };

  return (
    <section
      aria-labelledby="other-verdicts-title"
      className="mt-10 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
      data-testid="other-verdicts"
      data-kept={keptName ?? undefined}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2
          id="other-verdicts-title"
          ref={heading}
          tabIndex={-1}
          className="scroll-mt-40 break-words text-2xl font-semibold sm:scroll-mt-24"
        >
          {format(t.probeOtherReportTitle, { name: keptName ?? suggestedName })}
        </h2>
        <button type="button" className={button} onClick={onClose}>
          {t.probeOtherCloseReport}
        </button>
      </div>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {format(t.probeOtherCollectedAt, {
          time: formatDateTime(facts.collectedAt, lang),
          collector: `${facts.collector.name} ${facts.collector.version}`,
        })}
      </p>
      <form
        className="mt-4 flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          setProblem(onKeep(name, facts));
        }}
      >
        <label htmlFor={nameId} className="flex min-w-0 flex-1 basis-56 flex-col text-sm font-semibold">
          {t.probeOtherKeepName}
          <input
            id={nameId}
            value={name}
            maxLength={MAX_KEPT_NAME}
            onChange={(e) => setName(e.target.value)}
            aria-describedby={noteId}
            data-testid="keep-name"
            className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1 font-normal dark:border-slate-600 dark:bg-slate-900"
          />
        </label>
        <button type="submit" className={button} data-testid="keep">
          {t.probeOtherKeep}
        </button>
        <p id={noteId} className="w-full text-xs text-slate-600 dark:text-slate-400">
          {note}
        </p>
        {problem && (
          <p role="alert" className="w-full text-sm text-rose-700 dark:text-rose-300">
            {problem}
          </p>
        )}
      </form>
      <OtherHostProgramTypes facts={facts} data={programTypeData} lang={lang} t={t} />
      <HostVerdictsView verdicts={verdicts} lang={lang} labels={labels} records={records} coreHref={coreHref} idPrefix="other-" />
    </section>
  );
}
