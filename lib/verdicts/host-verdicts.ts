/**
 * The probe API's answer, shaped from host facts and verdicts: a host summary, one line per check,
 * every feature and catalog entry with its verdict and evidence, and counts per kind. Evidence
 * only: the kernel config, the command line, the BTF and the environment never leave as a whole —
 * a config option appears only when a check or a rule names it. Pure; the page imports its types.
 */
import { CATALOG_KINDS, type CatalogEntry, type CatalogKind } from '../catalog/types';
import type { FeatureRecord } from '../features/types';
import type { CapabilityName, HostFacts } from '../host-facts/schema';
import type { ProbeRefusal } from '../server/probe/access';
import { summarizeChecks, type Check } from './checks';
import { evaluateAll, type Evidence, type Verdict } from './evaluate';

export const PROBE_REPORT_VERSION = 1;

/** Config options reported as checks (the CO-RE checklist and the summary read them). */
export const CONFIG_CHECKS = [
  'CONFIG_BPF_SYSCALL',
  'CONFIG_BPF_JIT',
  'CONFIG_BPF_JIT_ALWAYS_ON',
  'CONFIG_DEBUG_INFO_BTF',
  'CONFIG_DEBUG_INFO_BTF_MODULES',
  'CONFIG_BPF_LSM',
] as const;
export type ConfigCheckId = (typeof CONFIG_CHECKS)[number];

export interface ProbeCheck {
  id: Check['id'] | ConfigCheckId;
  status: 'ok' | 'unknown';
  /** A config option's value (`y`, `m`), or false when it is not set. */
  value: string | number | boolean | null;
  source: string;
  reason?: string;
}

export type ProbeItemKind = 'feature' | CatalogKind;
export const PROBE_ITEM_KINDS: readonly ProbeItemKind[] = ['feature', ...CATALOG_KINDS];

export interface ProbeItem {
  /** The feature id, or the catalog entry's name. */
  id: string;
  kind: ProbeItemKind;
  verdict: Verdict;
  evidence: Evidence[];
}

export interface VerdictCounts {
  supported: number;
  unsupported: number;
  unknown: number;
  total: number;
}

export interface ProbeHostSummary {
  kernel: string | null;
  distro: string | null;
  arch: string | null;
  /** /sys/kernel/btf/vmlinux is there. */
  btf: boolean | null;
  /** How many module BTF files /sys/kernel/btf/ has. */
  btfModules: number | null;
  /** Where the kernel config was read, null when none was found. */
  kernelConfig: string | null;
  bpfLsmActive: boolean | null;
  lockdown: string | null;
  /** kernel.unprivileged_bpf_disabled: 0 allowed, 1 disabled for good, 2 disabled (an admin may re-enable). */
  unprivilegedBpfDisabled: string | null;
  /** net.core.bpf_jit_enable: 0 off, 1 on, 2 on with debug output. */
  jit: string | null;
  /** This server process's effective capabilities, by name. */
  capabilities: Record<CapabilityName, boolean> | null;
}

export interface ProbeReport {
  supported: true;
  version: typeof PROBE_REPORT_VERSION;
  host: ProbeHostSummary;
  checks: ProbeCheck[];
  features: ProbeItem[];
  coverage: Record<ProbeItemKind, VerdictCounts>;
  /** When the host was read (a cached read can be a few seconds old). */
  collectedAt: string;
  /** When this answer was made. */
  generatedAt: string;
}

/** 200: the server does not run Linux and has no host root to read. */
export interface ProbeNotSupported {
  supported: false;
  reason: 'not_linux';
  platform: string;
  message: string;
  generatedAt: string;
}

/** 403. */
export interface ProbeRefused {
  error: 'probe_disabled';
  reason: ProbeRefusal;
  message: string;
}

/** 500. */
export interface ProbeFailed {
  error: 'probe_failed';
  message: string;
}

export type ProbeResponse = ProbeReport | ProbeNotSupported | ProbeRefused | ProbeFailed;

function configChecks(facts: HostFacts): ProbeCheck[] {
  const config = facts.facts.kernelConfig;
  return CONFIG_CHECKS.map((id) =>
    config.status === 'ok'
      ? { id, status: 'ok', value: config.value[id] ?? false, source: config.source }
      : { id, status: 'unknown', value: null, source: config.source, reason: config.reason },
  );
}

function hostSummary(checks: ProbeCheck[], facts: HostFacts): ProbeHostSummary {
  const value = (id: ProbeCheck['id']) => checks.find((c) => c.id === id && c.status === 'ok')?.value ?? null;
  const str = (id: ProbeCheck['id']) => {
    const v = value(id);
    return v === null ? null : String(v);
  };
  const bool = (id: ProbeCheck['id']) => {
    const v = value(id);
    return typeof v === 'boolean' ? v : null;
  };
  const caps = facts.facts.capabilities;
  const config = facts.facts.kernelConfig;
  return {
    kernel: str('kernel'),
    distro: str('distro'),
    arch: str('arch'),
    btf: bool('btf'),
    btfModules: typeof value('btf_modules') === 'number' ? (value('btf_modules') as number) : null,
    kernelConfig: config.status === 'ok' ? config.source : null,
    bpfLsmActive: bool('bpf_lsm_active'),
    lockdown: str('lockdown'),
    unprivilegedBpfDisabled: str('unprivileged_bpf'),
    jit: str('jit'),
    capabilities:
      caps.status === 'ok'
        ? { CAP_BPF: caps.value.CAP_BPF, CAP_PERFMON: caps.value.CAP_PERFMON, CAP_SYS_ADMIN: caps.value.CAP_SYS_ADMIN, CAP_NET_ADMIN: caps.value.CAP_NET_ADMIN }
        : null,
  };
}

export function countVerdicts(items: readonly ProbeItem[]): Record<ProbeItemKind, VerdictCounts> {
  const coverage = Object.fromEntries(
    PROBE_ITEM_KINDS.map((kind) => [kind, { supported: 0, unsupported: 0, unknown: 0, total: 0 }]),
  ) as Record<ProbeItemKind, VerdictCounts>;
  for (const item of items) {
    coverage[item.kind][item.verdict]++;
    coverage[item.kind].total++;
  }
  return coverage;
}

export function buildProbeReport(
  facts: HostFacts,
  records: readonly FeatureRecord[],
  entries: readonly CatalogEntry[],
  generatedAt: Date,
): ProbeReport {
  const checks: ProbeCheck[] = [...summarizeChecks(facts), ...configChecks(facts)];
  const features: ProbeItem[] = evaluateAll(records, entries, facts).map(({ id, kind, verdict, evidence }) => ({
    id,
    kind,
    verdict,
    evidence,
  }));
  return {
    supported: true,
    version: PROBE_REPORT_VERSION,
    host: hostSummary(checks, facts),
    checks,
    features,
    coverage: countVerdicts(features),
    collectedAt: facts.collectedAt,
    generatedAt: generatedAt.toISOString(),
  };
}

/**
 * Whether there is a host to read: Linux, or any platform with HOST_ROOT/HOST_PROC/HOST_SYS
 * pointing at a Linux tree (a fixture, a mounted host).
 */
export function hasHostToProbe(platform: string, env: Record<string, string | undefined>): boolean {
  return platform === 'linux' || [env.HOST_ROOT, env.HOST_PROC, env.HOST_SYS].some((v) => v !== undefined && v.trim() !== '');
}

export function notSupportedResponse(platform: string, generatedAt: Date): ProbeNotSupported {
  return {
    supported: false,
    reason: 'not_linux',
    platform,
    message: `This server runs on ${platform}, not Linux: there is no Linux kernel to probe. Set HOST_ROOT to a Linux host tree to read one.`,
    generatedAt: generatedAt.toISOString(),
  };
}

