import type { ReactNode } from 'react';
import type { Lang } from '@/lib/features/types';
import { translateReason } from '@/lib/verdicts/evidence';
import { format } from '@/lib/i18n/format';
import type { ProbeLabels } from '@/lib/i18n/probe-labels';
import { coreReadiness, type CoreItemId, type CoreStatus } from '@/lib/verdicts/core-readiness';
import type { HostCheck } from '@/lib/verdicts/checks';
import type { HostVerdicts } from '@/lib/verdicts/host-verdicts';
import { ProbeCatalogCoverage } from './ProbeCatalogCoverage';
import { VerdictItemRow } from './VerdictItemRow';

/** What the page knows of each digest feature from the server: its title in this language and kernel. */
export interface ProbeRecordMeta {
  id: string;
  title: string;
  kernel: string | null;
}

type Labels = ProbeLabels;
const mono = 'font-mono text-sm';

function yesNo(value: boolean | null, t: Labels): string {
  return value === null ? t.probeUnknownValue : value ? t.probeYes : t.probeNo;
}

/** A check's value in words: yes/no, "not set" for a config option, the value itself, or unknown with why. */
export function CheckValue({ check, lang, t }: { check: HostCheck; lang: Lang; t: Labels }) {
  if (check.status === 'unknown') {
    return (
      <span>
        {t.probeUnknownValue}
        {check.reason && (
          <span className="font-mono text-xs text-slate-600 dark:text-slate-400"> ({translateReason(check.reason, lang)})</span>
        )}
      </span>
    );
  }
  if (typeof check.value === 'boolean') {
    return <span>{check.value ? t.probeYes : check.id.startsWith('CONFIG_') ? t.probeNotSet : t.probeNo}</span>;
  }
  return <span className={mono}>{check.value === null ? '—' : String(check.value)}</span>;
}

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <dt className="font-semibold">{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

function Summary({ verdicts, lang, t }: { verdicts: HostVerdicts; lang: Lang; t: Labels }) {
  const h = verdicts.host;
  const level = (value: string | null, words: Record<string, string>) =>
    value === null ? t.probeUnknownValue : words[value] ? `${words[value]} (${value})` : value;
  const lockdown = verdicts.checks.find((c) => c.id === 'lockdown');
  const caps = h.capabilities
    ? Object.entries(h.capabilities)
        .filter(([, held]) => held)
        .map(([name]) => name)
    : null;
  return (
    <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      <Row label={t.kernel} testId="probe-kernel">
        <span className={mono}>{h.kernel ?? t.probeUnknownValue}</span>
      </Row>
      <Row label={t.probeDistro}>{h.distro ?? t.probeUnknownValue}</Row>
      <Row label={t.probeArch}>
        <span className={mono}>{h.arch ?? t.probeUnknownValue}</span>
      </Row>
      <Row label={t.probeKernelBtf} testId="probe-btf">
        {yesNo(h.btf, t)}
        {h.btfModules !== null && h.btf && (
          <span className="text-slate-600 dark:text-slate-400"> · {format(t.probeModuleBtfFiles, { n: h.btfModules })}</span>
        )}
      </Row>
      <Row label={t.probeKernelConfig}>{h.kernelConfig ? <span className={mono}>{h.kernelConfig}</span> : t.probeNotFound}</Row>
      <Row label={t.probeBpfLsm}>{yesNo(h.bpfLsmActive, t)}</Row>
      <Row label={t.probeLockdown}>{lockdown ? <CheckValue check={lockdown} lang={lang} t={t} /> : t.probeUnknownValue}</Row>
      <Row label={t.probeUnprivileged}>
        {level(h.unprivilegedBpfDisabled, { 0: t.probeUnprivileged0, 1: t.probeUnprivileged1, 2: t.probeUnprivileged2 })}
      </Row>
      <Row label={t.probeJit}>{level(h.jit, { 0: t.probeJit0, 1: t.probeJit1, 2: t.probeJit2 })}</Row>
      <Row label={t.probeCapabilities}>
        {caps === null ? t.probeUnknownValue : caps.length ? <span className={mono}>{caps.join(' ')}</span> : t.probeNoneHeld}
      </Row>
    </dl>
  );
}

const CORE_LABEL_KEYS: Record<CoreItemId, keyof Labels> = {
  kernel_btf: 'probeCoreKernelBtf',
  config_btf: 'probeCoreConfigBtf',
  modules_btf: 'probeCoreModulesBtf',
  bpf_syscall: 'probeCoreBpfSyscall',
  jit: 'probeCoreJit',
  privileges: 'probeCorePrivileges',
};
const CORE_MARKS: Record<CoreStatus, { mark: string; tone: string; key: keyof Labels }> = {
  pass: { mark: '✓', tone: 'text-emerald-700 dark:text-emerald-400', key: 'probeCorePass' },
  fail: { mark: '✗', tone: 'text-rose-700 dark:text-rose-400', key: 'probeCoreFail' },
  unknown: { mark: '?', tone: 'text-amber-700 dark:text-amber-400', key: 'probeCoreUnknown' },
};

function CoreChecklist({ verdicts, lang, t, coreHref }: { verdicts: HostVerdicts; lang: Lang; t: Labels; coreHref: string }) {
  return (
    <>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        {t.probeCoreIntro}{' '}
        <a href={coreHref} className="text-accent-600 underline dark:text-accent-300">
          {t.probeCoreLink}
        </a>
      </p>
      <ul className="mt-3 space-y-2" data-testid="probe-core">
        {coreReadiness(verdicts).map((item) => {
          const mark = CORE_MARKS[item.status];
          return (
            <li key={item.id} data-core={item.id} data-status={item.status} className="flex gap-3">
              <span aria-hidden="true" className={`w-4 shrink-0 text-center font-bold ${mark.tone}`}>
                {mark.mark}
              </span>
              <div>
                <p className="text-sm">
                  <span className="sr-only">{t[mark.key]}: </span>
                  {t[CORE_LABEL_KEYS[item.id]]}{' '}
                  <span className="rounded bg-slate-100 px-1 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-400">
                    {item.required ? t.probeCoreRequired : t.probeCoreOptional}
                  </span>
                </p>
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  {item.checks.map((c, i) => (
                    <span key={c.id}>
                      {i > 0 && ' · '}
                      <span className="font-mono">{c.id.startsWith('CONFIG_') ? c.id : c.source}</span>:{' '}
                      <CheckValue check={c} lang={lang} t={t} />
                    </span>
                  ))}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function AllChecks({ verdicts, lang, t }: { verdicts: HostVerdicts; lang: Lang; t: Labels }) {
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm">{t.probeAllChecks}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th className="py-1 pr-4 font-semibold">{t.probeColCheck}</th>
              <th className="py-1 pr-4 font-semibold">{t.probeColValue}</th>
              <th className="py-1 font-semibold">{t.probeColSource}</th>
            </tr>
          </thead>
          <tbody>
            {verdicts.checks.map((c) => (
              <tr key={c.id} data-check={c.id} className="border-b border-slate-100 align-top dark:border-slate-800">
                <td className="py-1 pr-4 font-mono text-xs">{c.id}</td>
                <td className="py-1 pr-4">
                  <CheckValue check={c} lang={lang} t={t} />
                </td>
                <td className="break-all py-1 font-mono text-xs">{c.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

export function HostVerdictsView({
  verdicts,
  lang,
  labels: t,
  records,
  coreHref,
  idPrefix = '',
}: {
  verdicts: HostVerdicts;
  lang: Lang;
  labels: Labels;
  records: ProbeRecordMeta[];
  coreHref: string;
  /** Put before every id, so another host's verdicts on the same page have anchors of their own. */
  idPrefix?: string;
}) {
  const byId = new Map(verdicts.features.filter((f) => f.kind === 'feature').map((f) => [f.id, f]));
  const features = verdicts.coverage.feature;
  const h2 = 'mt-10 text-2xl font-semibold';
  const id = (name: string) => `${idPrefix}${name}`;
  return (
    <>
      <section aria-labelledby={id('probe-summary')}>
        <h2 id={id('probe-summary')} className={h2}>
          {t.probeSummary}
        </h2>
        <Summary verdicts={verdicts} lang={lang} t={t} />
        <AllChecks verdicts={verdicts} lang={lang} t={t} />
      </section>

      <section aria-labelledby={id('probe-core')}>
        <h2 id={id('probe-core')} className={h2}>
          {t.probeCoreTitle}
        </h2>
        <CoreChecklist verdicts={verdicts} lang={lang} t={t} coreHref={coreHref} />
      </section>

      <section aria-labelledby={id('probe-features')}>
        <div className="flex flex-wrap items-baseline justify-between gap-x-4">
          <h2 id={id('probe-features')} className={h2}>
            {t.probeFeaturesTitle}
          </h2>
          <p className="text-sm tabular-nums" data-testid="coverage-feature">
            {format(t.probeCoverage, { n: features.supported, total: features.total })}
          </p>
        </div>
        <ul className="mt-4 space-y-3">
          {records.map((r) => {
            const item = byId.get(r.id);
            return item ? (
              <VerdictItemRow key={r.id} item={item} lang={lang} labels={t} title={r.title} kernel={r.kernel} anchorPrefix={idPrefix} />
            ) : null;
          })}
        </ul>
      </section>

      <section aria-labelledby={id('probe-catalog')}>
        <h2 id={id('probe-catalog')} className={h2}>
          {t.probeCatalogTitle}
        </h2>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t.probeCatalogIntro}</p>
        <ProbeCatalogCoverage verdicts={verdicts} lang={lang} labels={t} idPrefix={idPrefix} />
      </section>
    </>
  );
}
