/**
 * The probe API's `checks`: one line per host property and per named config option, values only —
 * never the whole config, the command line or the BTF. Pure.
 */
import type { Fact, HostFacts } from '../host-facts/schema';

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

export type PropertyCheckId =
  | 'kernel'
  | 'distro'
  | 'arch'
  | 'btf'
  | 'btf_modules'
  | 'kernel_config'
  | 'bpf_lsm_active'
  | 'lockdown'
  | 'unprivileged_bpf'
  | 'jit'
  | 'jit_harden'
  | 'busy_poll'
  | 'busy_read'
  | 'cap_bpf'
  | 'cap_perfmon'
  | 'cap_sys_admin'
  | 'cap_net_admin'
  | 'memlock'
  | 'cgroup2'
  | 'iproute2'
  | 'iproute2_libbpf';

export type CheckId = PropertyCheckId | ConfigCheckId;

export interface HostCheck {
  id: CheckId;
  status: 'ok' | 'unknown';
  /** The property's value; a config option's value (`y`, `m`), or false when it is not set. */
  value: string | number | boolean | null;
  source: string;
  /** Why unknown (or a note on an ok value, e.g. where a fallback came from). */
  reason?: string;
}

function check<T>(id: PropertyCheckId, fact: Fact<T> | undefined, source: string, pick: (value: T) => HostCheck['value']): HostCheck {
  if (!fact) return { id, status: 'unknown', value: null, source, reason: 'not collected' };
  if (fact.status === 'unknown') return { id, status: 'unknown', value: null, source: fact.source, reason: fact.reason };
  const out: HostCheck = { id, status: 'ok', value: pick(fact.value), source: fact.source };
  if (fact.reason) out.reason = fact.reason;
  return out;
}

/** The host's properties (kernel, BTF, LSMs, sysctls, capabilities…), one check each, in a fixed order. */
export function summarizeChecks(facts: HostFacts): HostCheck[] {
  const f = facts.facts;
  const sysctl = (id: PropertyCheckId, name: string) => check(id, f.sysctls[name], `/proc/sys/${name.replace(/\./g, '/')}`, (v) => v);
  const cap = (id: PropertyCheckId, name: 'CAP_BPF' | 'CAP_PERFMON' | 'CAP_SYS_ADMIN' | 'CAP_NET_ADMIN') =>
    check(id, f.capabilities, '/proc/self/status', (v) => v[name]);
  return [
    check('kernel', f.kernelRelease, '/proc/sys/kernel/osrelease', (v) => v),
    check('distro', f.distro, '/etc/os-release', (v) => v.prettyName ?? ([v.id, v.versionId].filter(Boolean).join(' ') || null)),
    check('arch', f.architecture, 'process.arch', (v) => v),
    check('btf', f.btf, '/sys/kernel/btf/vmlinux', (v) => v.present),
    check('btf_modules', f.btfModules, '/sys/kernel/btf/', (v) => v.length),
    // Only whether a config was found: the options themselves surface as evidence of verdicts.
    check('kernel_config', f.kernelConfig, '/proc/config.gz', () => true),
    check('bpf_lsm_active', f.lsm, '/sys/kernel/security/lsm', (v) => v.active.includes('bpf')),
    check('lockdown', f.lockdown, '/sys/kernel/security/lockdown', (v) => v.current),
    sysctl('unprivileged_bpf', 'kernel.unprivileged_bpf_disabled'),
    sysctl('jit', 'net.core.bpf_jit_enable'),
    sysctl('jit_harden', 'net.core.bpf_jit_harden'),
    sysctl('busy_poll', 'net.core.busy_poll'),
    sysctl('busy_read', 'net.core.busy_read'),
    cap('cap_bpf', 'CAP_BPF'),
    cap('cap_perfmon', 'CAP_PERFMON'),
    cap('cap_sys_admin', 'CAP_SYS_ADMIN'),
    cap('cap_net_admin', 'CAP_NET_ADMIN'),
    check('memlock', f.memlock, '/proc/self/limits', (v) => v.soft),
    check('cgroup2', f.cgroup, '/proc/self/mountinfo', (v) =>
      v.cgroup2MountPoints.length ? `${v.mode}: ${v.cgroup2MountPoints[0]}` : v.mode,
    ),
    check('iproute2', f.iproute2, 'ip -V', (v) => v.version),
    check('iproute2_libbpf', f.iproute2, 'ip -V', (v) => v.libbpf),
  ];
}

/** The CONFIG_CHECKS options: each one's value, false when not set; unknown without a config. */
export function configChecks(facts: HostFacts): HostCheck[] {
  const config = facts.facts.kernelConfig;
  return CONFIG_CHECKS.map((id) =>
    config.status === 'ok'
      ? { id, status: 'ok', value: config.value[id] ?? false, source: config.source }
      : { id, status: 'unknown', value: null, source: config.source, reason: config.reason },
  );
}
