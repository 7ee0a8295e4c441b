/**
 * A host's verdicts — the probe API's answer, and what the probe page makes of another host's
 * facts: a host summary, one line per check, every feature and catalog entry with its verdict and
 * evidence, and counts per kind. Evidence only: the kernel config, the command line, the BTF and
 * the environment never leave as a whole — a config option appears only when a check or a rule
 * names it. Pure; the page imports its types.
 */
import type { CapabilityName, HostFacts } from '../host-facts/schema';
import { configChecks, summarizeChecks, type CheckId, type HostCheck } from './checks';
import { evaluateAll, type EvaluableEntry, type EvaluableFeature } from './evaluate';
import { ITEM_KINDS, type ItemKind, type VerdictCounts, type VerdictItem } from './types';

const HOST_VERDICTS_VERSION = 1;

export interface HostSummary {
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
  /** The collecting process's effective capabilities, by name. */
  capabilities: Record<CapabilityName, boolean> | null;
}

export interface HostVerdicts {
  supported: true;
  version: typeof HOST_VERDICTS_VERSION;
  host: HostSummary;
  checks: HostCheck[];
  /** Every item, features first; named `features` in the API since its first version. */
  features: VerdictItem[];
  coverage: Record<ItemKind, VerdictCounts>;
  /** When the host was read (a cached read can be a few seconds old). */
  collectedAt: string;
  /** When these verdicts were made. */
  generatedAt: string;
}

function hostSummary(checks: HostCheck[], facts: HostFacts): HostSummary {
  const value = (id: CheckId) => checks.find((c) => c.id === id && c.status === 'ok')?.value ?? null;
  const str = (id: CheckId) => {
    const v = value(id);
    return v === null ? null : String(v);
  };
  const bool = (id: CheckId) => {
    const v = value(id);
    return typeof v === 'boolean' ? v : null;
  };
  const modules = value('btf_modules');
  const caps = facts.facts.capabilities;
  const config = facts.facts.kernelConfig;
  return {
    kernel: str('kernel'),
    distro: str('distro'),
    arch: str('arch'),
    btf: bool('btf'),
    btfModules: typeof modules === 'number' ? modules : null,
    kernelConfig: config.status === 'ok' ? config.source : null,
    bpfLsmActive: bool('bpf_lsm_active'),
    lockdown: str('lockdown'),
    unprivilegedBpfDisabled: str('unprivileged_bpf'),
    jit: str('jit'),
    capabilities:
      caps.status === 'ok'
        ? {
            CAP_BPF: caps.value.CAP_BPF,
            CAP_PERFMON: caps.value.CAP_PERFMON,
            CAP_SYS_ADMIN: caps.value.CAP_SYS_ADMIN,
            CAP_NET_ADMIN: caps.value.CAP_NET_ADMIN,
          }
        : null,
  };
}

export function countVerdicts(items: readonly VerdictItem[]): Record<ItemKind, VerdictCounts> {
  const coverage = Object.fromEntries(ITEM_KINDS.map((kind) => [kind, { supported: 0, unsupported: 0, unknown: 0, total: 0 }])) as Record<
    ItemKind,
    VerdictCounts
  >;
  for (const item of items) {
    coverage[item.kind][item.verdict]++;
    coverage[item.kind].total++;
  }
  return coverage;
}

export function buildHostVerdicts(
  facts: HostFacts,
  features: readonly EvaluableFeature[],
  entries: readonly EvaluableEntry[],
  generatedAt: Date,
): HostVerdicts {
  const checks = [...summarizeChecks(facts), ...configChecks(facts)];
  const items = evaluateAll(features, entries, facts);
  return {
    supported: true,
    version: HOST_VERDICTS_VERSION,
    host: hostSummary(checks, facts),
    checks,
    features: items,
    coverage: countVerdicts(items),
    collectedAt: facts.collectedAt,
    generatedAt: generatedAt.toISOString(),
  };
}
