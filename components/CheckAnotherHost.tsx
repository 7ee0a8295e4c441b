'use client';
/**
 * "Check another host": host facts from the collector script, picked, dropped or pasted, are checked
 * (lib/host-facts/validate) and evaluated here with the server's own verdicts builder and the lean
 * data the page passed (lib/verdicts/evaluator-data) — no request carries them. They can be kept in
 * this browser under a name (lib/host-facts/storage); kept hosts are compared side by side.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Lang } from '@/lib/features/types';
import { hostFactsErrorText, setZodMessageLanguage } from '@/lib/host-facts/messages';
import type { HostFacts } from '@/lib/host-facts/schema';
import { keepFacts, loadKeptFacts, removeKeptFacts, subscribeKeptFacts, suggestKeptName, type KeptFacts } from '@/lib/host-facts/storage';
import { validateHostFacts, validateHostFactsFile, type HostFactsError, type ValidatedHostFacts } from '@/lib/host-facts/validate';
import { format } from '@/lib/i18n/format';
import type { ProbeLabels } from '@/lib/i18n/probe-labels';
import { buildHostComparison } from '@/lib/verdicts/comparison';
import { fromEvaluatorData, type EvaluatorData } from '@/lib/verdicts/evaluator-data';
import { buildHostVerdicts, type HostVerdicts } from '@/lib/verdicts/host-verdicts';
import { HostComparisonTable } from './HostComparisonTable';
import { HostFactsInput } from './HostFactsInput';
import type { ProbeRecordMeta } from './HostVerdictsView';
import { KeptFactsList } from './KeptFactsList';
import { OtherHostVerdicts } from './OtherHostVerdicts';

/** A stable key per facts object: keeping facts must not re-render (and refocus) their view. */
const factKeys = new WeakMap<HostFacts, number>();
let nextFactKey = 0;
function factsKey(facts: HostFacts): number {
  let key = factKeys.get(facts);
  if (key === undefined) factKeys.set(facts, (key = nextFactKey++));
  return key;
}

/** The host shown in full: facts just opened (kept: null) or kept ones. */
interface Shown {
  facts: HostFacts;
  kept: string | null;
}

/** What the probe page gives both tabs (ProbeTabs passes the same props on). */
export interface ProbePageProps {
  lang: Lang;
  labels: ProbeLabels;
  records: ProbeRecordMeta[];
  coreHref: string;
  evaluator: EvaluatorData;
  scriptPath: string;
}

// Each host's verdicts are made once per page's data: the comparison re-renders often.
const verdictCache = new WeakMap<object, WeakMap<HostFacts, HostVerdicts>>();

function verdictsOf(data: ReturnType<typeof fromEvaluatorData>, facts: HostFacts): HostVerdicts {
  let byFacts = verdictCache.get(data);
  if (!byFacts) verdictCache.set(data, (byFacts = new WeakMap()));
  let verdicts = byFacts.get(facts);
  if (!verdicts) byFacts.set(facts, (verdicts = buildHostVerdicts(facts, data.features, data.entries, new Date())));
  return verdicts;
}

export function CheckAnotherHost({ lang, labels: t, records, coreHref, evaluator, scriptPath }: ProbePageProps) {
  const data = useMemo(() => fromEvaluatorData(evaluator), [evaluator]);
  const evaluate = useCallback((facts: HostFacts) => verdictsOf(data, facts), [data]);

  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<HostFactsError | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [kept, setKept] = useState<KeptFacts[]>([]);
  /** Kept hosts left out of the comparison (new ones are in). */
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState('');

  useEffect(() => {
    const refresh = () => setKept(loadKeptFacts());
    refresh();
    return subscribeKeptFacts(refresh);
  }, []);

  const accept = (result: ValidatedHostFacts) => {
    if (result.ok) {
      setError(null);
      setShown({ facts: result.facts, kept: null });
    } else {
      setError(result.error);
      setShown(null);
    }
    setNotice('');
  };

  const onFile = (file: File) => {
    setZodMessageLanguage(lang);
    setBusy(true);
    void validateHostFactsFile(file).then((result) => {
      accept(result);
      setBusy(false);
    });
  };

  const keep = (name: string, facts: HostFacts): string | null => {
    const result = keepFacts(name, facts);
    if (!result.ok)
      return { 'no-storage': t.probeOtherKeepNoStorage, 'no-name': t.probeOtherKeepNoName, quota: t.probeOtherKeepQuota }[result.reason];
    const saved = result.kept.at(-1)!;
    setKept(result.kept);
    setExcluded((current) => new Set([...current].filter((n) => n !== saved.name)));
    setShown({ facts: saved.facts, kept: saved.name });
    setNotice(format(t.probeOtherKept, { name: saved.name }));
    return null;
  };

  const remove = (name: string) => {
    const result = removeKeptFacts(name);
    if (result.ok) setKept(result.kept);
    if (shown?.kept === name) setShown(null);
    setNotice(format(t.probeOtherRemoved, { name }));
  };

  const compared = useMemo(() => kept.filter((r) => !excluded.has(r.name)), [kept, excluded]);
  const titles = useMemo(() => new Map(records.map((r) => [r.id, r.title])), [records]);
  const comparison = useMemo(
    () =>
      compared.length >= 2
        ? buildHostComparison(
            compared.map((r) => ({ name: r.name, verdicts: evaluate(r.facts) })),
            titles,
          )
        : null,
    [compared, evaluate, titles],
  );

  const shownVerdicts = shown ? evaluate(shown.facts) : null;
  const h2 = 'mt-10 text-2xl font-semibold';

  return (
    <div data-testid="other-host" data-busy={busy || undefined}>
      <section aria-labelledby="other-host-title">
        <h2 id="other-host-title" className="mt-6 text-2xl font-semibold">
          {t.probeOtherTitle}
        </h2>
        <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">{t.probeOtherIntro}</p>
        <p
          className="mt-2 max-w-prose rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-200"
          data-testid="other-privacy"
        >
          {t.probeOtherPrivacy}
        </p>
        <HostFactsInput
          t={t}
          scriptPath={scriptPath}
          busy={busy}
          onFile={onFile}
          onText={(text) => (setZodMessageLanguage(lang), accept(validateHostFacts(text)))}
        />
        <p role="status" className="mt-2 min-h-5 text-sm text-slate-600 dark:text-slate-400" data-testid="other-status">
          {busy ? t.probeOtherReading : notice}
        </p>
        {error && (
          <div
            role="alert"
            className="mt-2 rounded-lg border border-rose-300 bg-rose-50 p-4 dark:border-rose-800 dark:bg-rose-950/40"
            data-testid="other-error"
            data-code={error.code}
          >
            <p className="font-semibold">{t.probeOtherErrorTitle}</p>
            <p className="mt-1 break-words text-sm" data-testid="other-error-message">
              {hostFactsErrorText(error, lang)}
            </p>
            {error.issues && error.issues.length > 1 && (
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer">{format(t.probeOtherErrorIssues, { n: error.issues.length })}</summary>
                <ul className="mt-1 list-disc pl-5">
                  {error.issues.map((issue, i) => (
                    <li key={i} className="break-words">
                      <code className="font-mono text-xs">{issue.path || '—'}</code>: {issue.message}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        )}
      </section>

      {shown && shownVerdicts && (
        <OtherHostVerdicts
          key={factsKey(shown.facts)}
          facts={shown.facts}
          verdicts={shownVerdicts}
          keptName={shown.kept}
          suggestedName={suggestKeptName(shown.facts)}
          keptNames={kept.map((r) => r.name)}
          lang={lang}
          t={t}
          records={records}
          coreHref={coreHref}
          programTypeData={data}
          onKeep={keep}
          onClose={() => setShown(null)}
        />
      )}

      <section aria-labelledby="kept-title">
        <h2 id="kept-title" className={h2}>
          {t.probeOtherKeptTitle}
        </h2>
        <KeptFactsList
          kept={kept}
          compared={new Set(compared.map((r) => r.name))}
          shown={shown?.kept ?? null}
          lang={lang}
          t={t}
          onCompare={(name, on) =>
            setExcluded((current) => {
              const next = new Set(current);
              if (on) next.delete(name);
              else next.add(name);
              return next;
            })
          }
          onShow={(name) => {
            const found = kept.find((r) => r.name === name);
            if (found) setShown({ facts: found.facts, kept: found.name });
            setError(null);
          }}
          onRemove={remove}
        />
      </section>

      <section aria-labelledby="compare-hosts-title">
        <h2 id="compare-hosts-title" className={h2}>
          {t.probeOtherCompareTitle}
        </h2>
        <p className="mt-2 max-w-prose text-sm text-slate-700 dark:text-slate-300">{t.probeOtherCompareIntro}</p>
        {comparison ? (
          <HostComparisonTable comparison={comparison} lang={lang} t={t} />
        ) : (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" data-testid="compare-need-two">
            {t.probeOtherCompareNeedTwo}
          </p>
        )}
      </section>
    </div>
  );
}
