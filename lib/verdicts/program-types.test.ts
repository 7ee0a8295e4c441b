import { describe, expect, it } from 'vitest';
import type { CatalogEntry, ProgramTypeHelpers } from '../catalog/types';
import { conventionalBtf } from './evaluator-data';
import type { HostFacts } from '../host-facts/schema';
import { evidenceText } from './evidence';
import { evaluateHelperCallers, evaluateProgramTypeCalls, type HelperCall, type ProgramTypeData } from './program-types';

const unknownFact = (source: string, reason: string) => ({ status: 'unknown' as const, value: null, source, reason });

/** A 6.1 host: these helpers, program types and attach types in BTF, this config, this lockdown. */
function host(patch: { config?: Record<string, string> | null; lockdown?: string | null; release?: string } = {}): HostFacts {
  const helpers = ['map_lookup_elem', 'spin_lock', 'skb_change_head', 'seq_printf', 'probe_read_kernel', 'skb_cgroup_id'];
  return {
    schemaVersion: 1,
    collector: { name: 'test', version: '1' },
    collectedAt: '2026-01-02T03:04:05.000Z',
    facts: {
      kernelRelease: { status: 'ok', value: patch.release ?? '6.1.0-18-amd64', source: '/proc/sys/kernel/osrelease' },
      distro: unknownFact('/etc/os-release', 'ENOENT'),
      architecture: { status: 'ok', value: 'x86_64', source: '/proc/sys/kernel/arch' },
      kernelConfig:
        patch.config === null
          ? unknownFact('/proc/config.gz', 'ENOENT')
          : { status: 'ok', value: patch.config ?? { CONFIG_NET: 'y', CONFIG_BPF_LIRC_MODE2: 'y' }, source: '/proc/config.gz' },
      btf: {
        status: 'ok',
        value: {
          present: true,
          size: 1,
          byteOrder: 'little',
          typeCount: 1,
          enums: {
            bpf_func_id: helpers.map((h) => `BPF_FUNC_${h}`),
            bpf_prog_type: [
              'BPF_PROG_TYPE_XDP',
              'BPF_PROG_TYPE_KPROBE',
              'BPF_PROG_TYPE_TRACING',
              'BPF_PROG_TYPE_LIRC_MODE2',
              'BPF_PROG_TYPE_EXT',
            ],
            bpf_attach_type: ['BPF_TRACE_FENTRY'],
          },
          functionsChecked: [],
          functions: [],
        },
        source: '/sys/kernel/btf/vmlinux',
      },
      btfModules: { status: 'ok', value: [], source: '/sys/kernel/btf/' },
      lsm: { status: 'ok', value: { active: ['capability'] }, source: '/sys/kernel/security/lsm' },
      lockdown:
        patch.lockdown === null
          ? unknownFact('/sys/kernel/security/lockdown', 'securityfs not mounted')
          : {
              status: 'ok',
              value: { current: patch.lockdown ?? 'none', available: ['none', 'integrity', 'confidentiality'] },
              source: '/sys/kernel/security/lockdown',
            },
      sysctls: {},
      paths: {},
      cgroup: unknownFact('/proc/self/mountinfo', 'ENOENT'),
      capabilities: unknownFact('/proc/self/status', 'ENOENT'),
      memlock: unknownFact('/proc/self/limits', 'ENOENT'),
      iproute2: unknownFact('ip -V', 'not run'),
    },
  };
}

function entry(kind: CatalogEntry['kind'], name: string, kernel: string, extra: Partial<CatalogEntry> = {}) {
  return { kind, name, kernel, btf: conventionalBtf(kind, name), ...extra };
}

const programHelpers: Record<string, ProgramTypeHelpers> = {
  BPF_PROG_TYPE_XDP: {
    allowed: {
      bpf_map_lookup_elem: [{}],
      bpf_skb_change_head: [{ since: '6.4' }],
      bpf_skb_cgroup_id: [{ kconfig: ['CONFIG_SOCK_CGROUP_DATA'] }],
      bpf_ringbuf_output: [{}],
    },
    excluded: [],
  },
  BPF_PROG_TYPE_KPROBE: {
    allowed: { bpf_map_lookup_elem: [{}], bpf_probe_read_kernel: [{ noLockdown: true, cap: ['CAP_BPF', 'CAP_PERFMON'] }] },
    excluded: ['bpf_spin_lock'],
  },
  BPF_PROG_TYPE_TRACING: {
    allowed: { bpf_map_lookup_elem: [{}], bpf_seq_printf: [{ attachType: ['BPF_TRACE_ITER'] }] },
    excluded: [],
    incomplete: 'group "bpf_iter" is not defined in the data',
  },
  BPF_PROG_TYPE_LIRC_MODE2: { allowed: { bpf_map_lookup_elem: [{}] }, excluded: [] },
};

const data: ProgramTypeData = {
  entries: [
    entry('helper', 'bpf_map_lookup_elem', '3.18'),
    entry('helper', 'bpf_probe_read_kernel', '5.5'),
    entry('helper', 'bpf_ringbuf_output', '5.8'),
    entry('helper', 'bpf_seq_printf', '5.7'),
    entry('helper', 'bpf_skb_cgroup_id', '4.18'),
    entry('helper', 'bpf_skb_change_head', '5.2'),
    entry('helper', 'bpf_spin_lock', '5.1'),
    entry('program-type', 'BPF_PROG_TYPE_EXT', '5.6'),
    entry('program-type', 'BPF_PROG_TYPE_KPROBE', '4.1'),
    entry('program-type', 'BPF_PROG_TYPE_LIRC_MODE2', '4.18', { configGate: [{ options: ['CONFIG_BPF_LIRC_MODE2'] }] }),
    entry('program-type', 'BPF_PROG_TYPE_TRACING', '5.5'),
    entry('program-type', 'BPF_PROG_TYPE_XDP', '4.8', { configGate: [{ options: ['CONFIG_NET'] }] }),
    entry('attach-type', 'BPF_TRACE_ITER', '5.8'),
  ],
  programHelpers,
};

function call(type: string, helper: string, facts = host()): HelperCall {
  const calls = evaluateProgramTypeCalls(type, data, facts);
  const found = calls?.helpers.find((h) => h.name === helper);
  if (!found) throw new Error(`${type} ${helper}: not listed`);
  return found;
}
const texts = (c: { evidence: Parameters<typeof evidenceText>[0][] }) => c.evidence.map((e) => evidenceText(e, 'en'));

describe('evaluateProgramTypeCalls', () => {
  it('lists every catalog helper, with the type’s own verdict on top', () => {
    const xdp = evaluateProgramTypeCalls('BPF_PROG_TYPE_XDP', data, host())!;
    expect(xdp.verdict).toBe('supported');
    expect(xdp.helpers.map((h) => h.name)).toEqual(data.entries.filter((e) => e.kind === 'helper').map((e) => e.name));
    expect(evaluateProgramTypeCalls('BPF_PROG_TYPE_NOPE', data, host())).toBeNull();
    expect(evaluateProgramTypeCalls('bpf_map_lookup_elem', data, host())).toBeNull();
  });

  it('allowed: the helper exists, the type exists, the data lists it', () => {
    const c = call('BPF_PROG_TYPE_XDP', 'bpf_map_lookup_elem');
    expect(c).toMatchObject({ verdict: 'supported', conditions: [{}] });
    expect(texts(c)).toEqual([
      'BTF enum bpf_func_id has BPF_FUNC_map_lookup_elem',
      'the data lists bpf_map_lookup_elem for BPF_PROG_TYPE_XDP',
    ]);
  });

  it('excluded by the data: unsupported though the helper is there', () => {
    const c = call('BPF_PROG_TYPE_KPROBE', 'bpf_spin_lock');
    expect(c.verdict).toBe('unsupported');
    expect(texts(c)).toContain('the data excludes bpf_spin_lock for BPF_PROG_TYPE_KPROBE: the verifier refuses it there');
  });

  it('not listed: unsupported; the helper itself missing from BTF: unsupported', () => {
    expect(call('BPF_PROG_TYPE_XDP', 'bpf_spin_lock')).toMatchObject({ verdict: 'unsupported', conditions: [] });
    const ringbuf = call('BPF_PROG_TYPE_XDP', 'bpf_ringbuf_output');
    expect(ringbuf.verdict).toBe('unsupported');
    expect(texts(ringbuf)[0]).toBe('BTF enum bpf_func_id has no BPF_FUNC_ringbuf_output');
  });

  it('`since` not met: the type may call it only from a later kernel', () => {
    const c = call('BPF_PROG_TYPE_XDP', 'bpf_skb_change_head');
    expect(c).toMatchObject({ verdict: 'unsupported', conditions: [{ since: '6.4' }] });
    expect(texts(c)).toContain('BPF_PROG_TYPE_XDP may call it only since 6.4: kernel 6.1 < 6.4 (by version)');
    expect(call('BPF_PROG_TYPE_XDP', 'bpf_skb_change_head', host({ release: '6.6.0' })).verdict).toBe('supported');
  });

  it('a kconfig condition: set, unset, config unreadable', () => {
    expect(call('BPF_PROG_TYPE_XDP', 'bpf_skb_cgroup_id').verdict).toBe('unsupported');
    const set = host({ config: { CONFIG_NET: 'y', CONFIG_SOCK_CGROUP_DATA: 'y' } });
    expect(call('BPF_PROG_TYPE_XDP', 'bpf_skb_cgroup_id', set).verdict).toBe('supported');
    const none = call('BPF_PROG_TYPE_XDP', 'bpf_skb_cgroup_id', host({ config: null }));
    expect(none.verdict).toBe('unknown');
  });

  it('the type’s config gate unset: nothing is callable from it', () => {
    const lirc = evaluateProgramTypeCalls('BPF_PROG_TYPE_LIRC_MODE2', data, host({ config: { CONFIG_NET: 'y' } }))!;
    expect(lirc.verdict).toBe('unsupported');
    const c = lirc.helpers.find((h) => h.name === 'bpf_map_lookup_elem')!;
    expect(c.verdict).toBe('unsupported');
    expect(texts(c)).toContain('BPF_PROG_TYPE_LIRC_MODE2 is not available on this host');
  });

  it('unknown data: no list for the type, or an unfinished list that does not name the helper', () => {
    const ext = evaluateProgramTypeCalls('BPF_PROG_TYPE_EXT', data, host())!;
    expect(ext.incomplete).toBe('the data has no helper list for BPF_PROG_TYPE_EXT');
    expect(new Set(ext.helpers.filter((h) => h.name !== 'bpf_ringbuf_output').map((h) => h.verdict))).toEqual(new Set(['unknown']));
    const tracing = call('BPF_PROG_TYPE_TRACING', 'bpf_skb_cgroup_id');
    expect(tracing.verdict).toBe('unknown');
    expect(texts(tracing)).toContain(
      'the data does not list bpf_skb_cgroup_id for BPF_PROG_TYPE_TRACING, but its list for it is unfinished (group "bpf_iter" is not defined in the data)',
    );
    // …while what it does list is still judged.
    expect(call('BPF_PROG_TYPE_TRACING', 'bpf_map_lookup_elem').verdict).toBe('supported');
  });

  it('an attach-type condition holds only when BTF has one of the attach types', () => {
    const c = call('BPF_PROG_TYPE_TRACING', 'bpf_seq_printf');
    expect(c.verdict).toBe('unsupported');
    expect(texts(c)).toContain('only from programs of attach type BPF_TRACE_ITER, which BTF does not have');
  });

  it('lockdown: confidentiality refuses helpers that read kernel memory; none or integrity allows; an unknown mode stays unknown', () => {
    expect(call('BPF_PROG_TYPE_KPROBE', 'bpf_probe_read_kernel')).toMatchObject({
      verdict: 'supported',
      conditions: [{ noLockdown: true, cap: ['CAP_BPF', 'CAP_PERFMON'] }],
    });
    expect(call('BPF_PROG_TYPE_KPROBE', 'bpf_probe_read_kernel', host({ lockdown: 'integrity' })).verdict).toBe('supported');
    expect(call('BPF_PROG_TYPE_KPROBE', 'bpf_probe_read_kernel', host({ lockdown: 'confidentiality' })).verdict).toBe('unsupported');
    // securityfs unreadable: the config decides when it can (no lockdown LSM built, or forced to confidentiality).
    expect(call('BPF_PROG_TYPE_KPROBE', 'bpf_probe_read_kernel', host({ lockdown: null })).verdict).toBe('supported');
    const lsm = { CONFIG_NET: 'y', CONFIG_SECURITY_LOCKDOWN_LSM: 'y' };
    expect(call('BPF_PROG_TYPE_KPROBE', 'bpf_probe_read_kernel', host({ lockdown: null, config: lsm })).verdict).toBe('unknown');
    const forced = { ...lsm, CONFIG_LOCK_DOWN_KERNEL_FORCE_CONFIDENTIALITY: 'y' };
    expect(call('BPF_PROG_TYPE_KPROBE', 'bpf_probe_read_kernel', host({ lockdown: null, config: forced })).verdict).toBe('unsupported');
  });
});

describe('evaluateHelperCallers', () => {
  it('lists the program types the data lets call the helper, each judged here', () => {
    const callers = evaluateHelperCallers('bpf_map_lookup_elem', data, host({ config: { CONFIG_NET: 'y' } }))!;
    expect(callers.verdict).toBe('supported');
    expect(callers.programTypes.map((p) => [p.programType, p.verdict])).toEqual([
      ['BPF_PROG_TYPE_KPROBE', 'supported'],
      ['BPF_PROG_TYPE_LIRC_MODE2', 'unsupported'],
      ['BPF_PROG_TYPE_TRACING', 'supported'],
      ['BPF_PROG_TYPE_XDP', 'supported'],
    ]);
    expect(evaluateHelperCallers('bpf_nope', data, host())).toBeNull();
  });
});
