import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hostFactsSchema, parseHostFacts, type HostFacts } from './schema';

const unknownFact = (source: string, reason = 'ENOENT') => ({ status: 'unknown' as const, value: null, source, reason });

/** Complete, valid facts (what the collector makes of a modest host). */
function validFacts(): HostFacts {
  return {
    schemaVersion: 1,
    collector: { name: 'ebpf-digest-probe', version: '1.0.0' },
    collectedAt: '2026-01-02T03:04:05.000Z',
    facts: {
      kernelRelease: { status: 'ok', value: '6.1.0-18-amd64', source: '/proc/sys/kernel/osrelease' },
      distro: {
        status: 'ok',
        value: { id: 'debian', versionId: '12', prettyName: 'Debian GNU/Linux 12 (bookworm)' },
        source: '/etc/os-release',
      },
      architecture: { status: 'ok', value: 'x86_64', source: '/proc/sys/kernel/arch' },
      kernelConfig: { status: 'ok', value: { CONFIG_BPF: 'y', CONFIG_LSM: 'landlock,bpf' }, source: '/boot/config-6.1.0-18-amd64' },
      btf: {
        status: 'ok',
        value: {
          present: true,
          size: 5520272,
          byteOrder: 'little',
          typeCount: 126699,
          enums: { bpf_func_id: ['BPF_FUNC_unspec', 'BPF_FUNC_ima_inode_hash'], bpf_map_type: ['BPF_MAP_TYPE_RINGBUF'] },
          functionsChecked: ['bpf_task_acquire', 'bpf_strcasestr'],
          functions: ['bpf_task_acquire'],
        },
        source: '/sys/kernel/btf/vmlinux',
      },
      btfModules: { status: 'ok', value: ['nf_tables'], source: '/sys/kernel/btf/' },
      lsm: {
        status: 'ok',
        value: { active: ['capability', 'bpf'] },
        source: '/proc/cmdline (lsm=)',
        reason: '/sys/kernel/security/lsm: securityfs not mounted',
      },
      lockdown: unknownFact('/sys/kernel/security/lockdown', 'securityfs not mounted'),
      sysctls: {
        'kernel.unprivileged_bpf_disabled': { status: 'ok', value: '2', source: '/proc/sys/kernel/unprivileged_bpf_disabled' },
        'net.core.busy_poll': unknownFact('/proc/sys/net/core/busy_poll', 'EACCES'),
      },
      paths: { '/sys/fs/bpf': { status: 'ok', value: { type: 'directory' }, source: '/sys/fs/bpf' } },
      cgroup: { status: 'ok', value: { mode: 'unified', cgroup2MountPoints: ['/sys/fs/cgroup'] }, source: '/proc/self/mountinfo' },
      capabilities: {
        status: 'ok',
        value: { effective: '000001ffffffffff', CAP_BPF: true, CAP_PERFMON: true, CAP_SYS_ADMIN: true, CAP_NET_ADMIN: true },
        source: '/proc/self/status',
      },
      memlock: { status: 'ok', value: { soft: 8388608, hard: 'unlimited' }, source: '/proc/self/limits' },
      iproute2: { status: 'ok', value: { version: '6.1.0', libbpf: '1.1.2' }, source: '/usr/sbin/ip -V' },
      bpftool: { status: 'ok', value: { version: '7.1.0' }, source: '/usr/sbin/bpftool version' },
    },
  };
}

/** Applies a change to a deep copy of the valid facts. */
function broken(change: (r: any) => void): unknown {
  const r = structuredClone(validFacts());
  change(r);
  return r;
}

describe('parseHostFacts', () => {
  it('accepts valid facts and round-trips them through JSON', () => {
    const facts = validFacts();
    expect(parseHostFacts(JSON.parse(JSON.stringify(facts)))).toEqual({ ok: true, facts });
  });

  it('accepts facts where every fact is unknown', () => {
    const r = validFacts();
    for (const key of Object.keys(r.facts) as (keyof HostFacts['facts'])[]) {
      if (key !== 'sysctls' && key !== 'paths') (r.facts as any)[key] = unknownFact('/x', 'timed out after 2000 ms');
    }
    expect(parseHostFacts(r).ok).toBe(true);
  });

  it('accepts "no BTF" as a known fact', () => {
    const r = broken(
      (r) => (r.facts.btf = { status: 'ok', value: { present: false }, source: '/sys/kernel/btf/vmlinux', reason: 'ENOENT' }),
    );
    expect(parseHostFacts(r).ok).toBe(true);
  });

  it.each<[string, (r: any) => void, string, RegExp]>([
    ['a future schema version', (r) => (r.schemaVersion = 2), 'schemaVersion', /expected 1/],
    ['a date that is not ISO', (r) => (r.collectedAt = 'yesterday'), 'collectedAt', /datetime/i],
    [
      'an unknown fact with a value',
      (r) => (r.facts.lockdown.value = { current: 'none', available: [] }),
      'facts.lockdown.value',
      /unknown fact has value null/,
    ],
    ['an unknown fact without a reason', (r) => delete r.facts.lockdown.reason, 'facts.lockdown.reason', /expected string/],
    [
      'a status that is neither',
      (r) => (r.facts.kernelRelease.status = 'maybe'),
      'facts.kernelRelease.status',
      /Expected 'ok' \| 'unknown'/,
    ],
    ['an empty source', (r) => (r.facts.kernelRelease.source = ''), 'facts.kernelRelease.source', /source must name/],
    [
      'a config key that is not CONFIG_*',
      (r) => (r.facts.kernelConfig.value['rm -rf'] = 'y'),
      'facts.kernelConfig.value.rm -rf',
      /CONFIG_/,
    ],
    ['a negative BTF size', (r) => (r.facts.btf.value.size = -1), 'facts.btf.value.size', /too small|>=0/],
    [
      'an enum the probe does not read',
      (r) => (r.facts.btf.value.enums.bpf_everything = []),
      'facts.btf.value.enums',
      /Unrecognized key: "bpf_everything"/,
    ],
    [
      'an enum member that is not a name',
      (r) => (r.facts.btf.value.enums.bpf_func_id[1] = '<script>'),
      'facts.btf.value.enums.bpf_func_id[1]',
      /identifier/,
    ],
    ['BTF present without its size', (r) => delete r.facts.btf.value.size, 'facts.btf.value.size', /expected number/],
    ['a CapEff that is not hex', (r) => (r.facts.capabilities.value.effective = 'all'), 'facts.capabilities.value.effective', /CapEff/],
    [
      'a memlock limit that is a word',
      (r) => (r.facts.memlock.value.soft = 'lots'),
      'facts.memlock.value.soft',
      /^Invalid input: expected number, received string \| expected "unlimited"$/,
    ],
    ['a sysctl name with a slash', (r) => (r.facts.sysctls['net/core/x'] = unknownFact('/x')), 'facts.sysctls.net/core/x', /dotted sysctl/],
    [
      'a path outside /sys and /proc',
      (r) => (r.facts.paths['/etc/shadow'] = unknownFact('/etc/shadow')),
      'facts.paths./etc/shadow',
      /under \/sys or \/proc/,
    ],
    ['an LSM name with spaces', (r) => (r.facts.lsm.value.active = ['bpf', 'rm -rf']), 'facts.lsm.value.active[1]', /LSM name/],
    [
      'a cgroup mode no kernel has',
      (r) => (r.facts.cgroup.value.mode = 'v3'),
      'facts.cgroup.value.mode',
      /expected one of "unified"\|"hybrid"/,
    ],
    ['a missing fact', (r) => delete r.facts.iproute2, 'facts.iproute2', /expected object/],
    ['a bpftool fact without its version', (r) => (r.facts.bpftool.value = {}), 'facts.bpftool.value.version', /expected string/],
    ['a bpftool version too long', (r) => (r.facts.bpftool.value.version = '7.'.repeat(40)), 'facts.bpftool.value.version', /64/],
  ])('rejects %s, naming where', (_, change, path, message) => {
    const result = parseHostFacts(broken(change));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.issues.find((e) => e.path === path);
    expect(error, JSON.stringify(result.issues)).toBeDefined();
    expect(error!.message).toMatch(message);
  });

  it('accepts facts from collectors older than the bpftool fact (it is optional), and an unknown bpftool', () => {
    const older = broken((r) => delete r.facts.bpftool);
    expect(parseHostFacts(older)).toMatchObject({ ok: true });
    const parsed = parseHostFacts(older);
    expect(parsed.ok && 'bpftool' in parsed.facts.facts).toBe(false);
    const missing = broken((r) => (r.facts.bpftool = unknownFact('bpftool version', 'ENOENT: no bpftool in /usr/sbin/bpftool')));
    expect(parseHostFacts(missing)).toMatchObject({ ok: true });
  });

  it('rejects oversized uploads', () => {
    const config = Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`CONFIG_X${i}`, 'y']));
    const result = parseHostFacts(broken((r) => (r.facts.kernelConfig.value = config)));
    expect(result).toMatchObject({ ok: false, issues: [{ path: 'facts.kernelConfig.value', message: 'at most 20000 options' }] });
    const longRelease = parseHostFacts(broken((r) => (r.facts.kernelRelease.value = 'x'.repeat(300))));
    expect(longRelease.ok).toBe(false);
  });

  it('gives every issue, not only the first', () => {
    const result = parseHostFacts(
      broken((r) => {
        r.schemaVersion = 9;
        r.facts.btf.value.size = 'big';
        r.facts.memlock = null;
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((e) => e.path).sort()).toEqual(['facts.btf.value.size', 'facts.memlock', 'schemaVersion']);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = parseHostFacts(value);
        if (!result.ok) for (const e of result.issues) expect(typeof e.message).toBe('string');
      }),
    );
    expect(parseHostFacts(null)).toMatchObject({ ok: false, issues: [{ path: '' }] });
  });

  it('the schema strips keys it does not know (a newer collector may add facts)', () => {
    const r = broken((r) => (r.facts.somethingNew = { status: 'ok', value: 1, source: '/x' }));
    const result = parseHostFacts(r);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.facts.facts).not.toHaveProperty('somethingNew');
    expect(hostFactsSchema.safeParse(validFacts()).success).toBe(true);
  });
});
