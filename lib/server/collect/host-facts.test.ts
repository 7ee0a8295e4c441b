import { afterEach, describe, expect, it } from 'vitest';
import { endianness } from 'node:os';
import { collectHostFacts, type CollectOptions } from './host-facts';
import { unameMachine } from './parse';
import { parseHostFacts, type HostFacts } from '../../host-facts/schema';
import { materializeHostFixture, type HostFixtureName, type MaterializedHost } from '../../../test/helpers/host-fixtures';

const hosts: MaterializedHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.cleanup()));
});

const WANTED: Pick<CollectOptions, 'wantedFunctions' | 'wantedPaths' | 'wantedSysctls'> = {
  wantedFunctions: ['bpf_task_acquire', 'bpf_strcasestr', 'vfs_read', 'not a name'],
  wantedPaths: ['/sys/fs/bpf', '/sys/kernel/mm/transparent_hugepage', '/proc/sys/net/core/bpf_jit_kallsyms', '/etc/shadow'],
  wantedSysctls: ['kernel.bpf_stats_enabled', 'Not.A.Sysctl'],
};

async function collect(name: HostFixtureName): Promise<{ facts: HostFacts; host: MaterializedHost }> {
  const host = await materializeHostFixture(name);
  hosts.push(host);
  const facts = await collectHostFacts({ roots: host.roots, ...WANTED, now: () => new Date('2026-01-02T03:04:05Z') });
  return { facts, host };
}

const processArch = unameMachine(process.arch, endianness());

describe('collectHostFacts on linux-6x', () => {
  it('reads every fact from the fixture', async () => {
    const { facts } = await collect('linux-6x');
    const f = facts.facts;
    expect(facts).toMatchObject({ schemaVersion: 1, collector: { name: 'ebpf-digest-probe' }, collectedAt: '2026-01-02T03:04:05.000Z' });
    expect(f.kernelRelease).toEqual({ status: 'ok', value: '6.8.0-45-generic', source: '/proc/sys/kernel/osrelease' });
    expect(f.distro).toEqual({
      status: 'ok',
      value: { id: 'ubuntu', versionId: '24.04', prettyName: 'Ubuntu 24.04.1 LTS' },
      source: '/etc/os-release',
    });
    // From /proc/sys/kernel/arch, not from this process (which is not arm64).
    expect(f.architecture).toEqual({ status: 'ok', value: 'aarch64', source: '/proc/sys/kernel/arch' });
    expect(f.kernelConfig.source).toBe('/proc/config.gz');
    expect(f.kernelConfig.value).toMatchObject({
      CONFIG_BPF: 'y',
      CONFIG_BPF_LSM: 'y',
      CONFIG_NET_SCH_BPF: 'm',
      CONFIG_LSM: 'landlock,lockdown,yama,integrity,apparmor,bpf',
    });
    expect(f.kernelConfig.value).not.toHaveProperty('CONFIG_NET_CLS_BPF');

    expect(f.btf.status).toBe('ok');
    const btf = f.btf.value!;
    if (!btf.present) throw new Error('expected BTF');
    expect(btf.byteOrder).toBe('little');
    expect(btf.enums.bpf_func_id).toContain('BPF_FUNC_ima_inode_hash');
    expect(btf.enums.bpf_func_id).toContain('BPF_FUNC_ringbuf_output');
    expect(btf.enums.bpf_map_type).toContain('BPF_MAP_TYPE_RINGBUF');
    expect(Object.keys(btf.enums).sort()).toEqual([
      'bpf_attach_type',
      'bpf_cmd',
      'bpf_func_id',
      'bpf_link_type',
      'bpf_map_type',
      'bpf_prog_type',
    ]);
    // Only the functions asked for, and the invalid name dropped.
    expect(btf.functionsChecked).toEqual(['bpf_strcasestr', 'bpf_task_acquire', 'vfs_read']);
    expect(btf.functions).toEqual(['bpf_task_acquire', 'vfs_read']);
    expect(f.btfModules).toEqual({ status: 'ok', value: ['nf_tables', 'xfs'], source: '/sys/kernel/btf/' });

    expect(f.lsm).toEqual({
      status: 'ok',
      value: { active: ['lockdown', 'capability', 'landlock', 'yama', 'apparmor', 'bpf'] },
      source: '/sys/kernel/security/lsm',
    });
    expect(f.lockdown.value).toEqual({ current: 'none', available: ['none', 'integrity', 'confidentiality'] });
    expect(f.sysctls['kernel.unprivileged_bpf_disabled']).toMatchObject({ status: 'ok', value: '2' });
    expect(f.sysctls['net.core.bpf_jit_enable']).toMatchObject({ status: 'ok', value: '1' });
    expect(f.sysctls['kernel.bpf_stats_enabled']).toMatchObject({ status: 'ok', value: '0' });
    expect(Object.keys(f.sysctls)).not.toContain('Not.A.Sysctl');
    expect(f.paths['/sys/fs/bpf']).toEqual({ status: 'ok', value: { type: 'directory' }, source: '/sys/fs/bpf' });
    expect(f.paths['/sys/kernel/mm/transparent_hugepage']).toMatchObject({ status: 'unknown', reason: 'ENOENT' });
    expect(f.paths['/proc/sys/net/core/bpf_jit_kallsyms']).toMatchObject({ status: 'unknown', reason: 'ENOENT' });
    expect(f.paths).not.toHaveProperty('/etc/shadow');
    expect(f.cgroup.value).toEqual({ mode: 'unified', cgroup2MountPoints: ['/sys/fs/cgroup'] });
    expect(f.capabilities.value).toEqual({
      effective: '000001ffffffffff',
      CAP_BPF: true,
      CAP_PERFMON: true,
      CAP_SYS_ADMIN: true,
      CAP_NET_ADMIN: true,
    });
    expect(f.memlock.value).toEqual({ soft: 8388608, hard: 8388608 });
    // A fixture root is not `/`: the host's ip is not run from here.
    expect(f.iproute2).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/^not run/) });
  });

  it('keeps the command line out of the facts', async () => {
    const { facts } = await collect('linux-6x');
    const json = JSON.stringify(facts);
    expect(json).not.toContain('hunter2');
    expect(json).not.toContain('root=UUID');
  });

  it('produces facts the schema accepts', async () => {
    const { facts } = await collect('linux-6x');
    expect(parseHostFacts(JSON.parse(JSON.stringify(facts)))).toEqual({ ok: true, facts });
  });
});

describe('collectHostFacts on linux-419', () => {
  it('finds no BTF, the config in /boot and no bpf LSM', async () => {
    const { facts } = await collect('linux-419');
    const f = facts.facts;
    expect(f.kernelRelease.value).toBe('4.19.0-27-amd64');
    expect(f.architecture).toEqual({ status: 'ok', value: processArch, source: 'process.arch' });
    expect(f.kernelConfig.source).toBe('/boot/config-4.19.0-27-amd64');
    expect(f.kernelConfig.value).toMatchObject({ CONFIG_BPF: 'y', CONFIG_DEFAULT_SECURITY: 'apparmor' });
    expect(f.kernelConfig.value).not.toHaveProperty('CONFIG_BPF_LSM');
    // sysfs is there, vmlinux is not: the kernel has no BTF — a fact, not an unknown.
    expect(f.btf).toEqual({ status: 'ok', value: { present: false }, source: '/sys/kernel/btf/vmlinux', reason: 'ENOENT' });
    expect(f.btfModules).toMatchObject({ status: 'ok', value: [] });
    expect(f.lsm.value).toEqual({ active: ['capability', 'yama', 'apparmor'] });
    // securityfs is mounted (lsm is there) but 4.19 has no lockdown LSM.
    expect(f.lockdown).toMatchObject({ status: 'unknown', reason: 'ENOENT' });
    expect(f.cgroup.value).toEqual({ mode: 'hybrid', cgroup2MountPoints: ['/sys/fs/cgroup/unified'] });
    expect(f.paths['/sys/kernel/mm/transparent_hugepage']).toMatchObject({ status: 'unknown', reason: 'ENOENT' });
    expect(f.sysctls['kernel.bpf_stats_enabled']).toMatchObject({ status: 'unknown', reason: 'ENOENT' });
    expect(f.memlock.value).toEqual({ soft: 65536, hard: 65536 });
    expect(parseHostFacts(facts).ok).toBe(true);
  });
});

describe('collectHostFacts on rhel8-418', () => {
  it('reads the backported helpers from BTF', async () => {
    const { facts } = await collect('rhel8-418');
    const f = facts.facts;
    expect(f.kernelRelease.value).toBe('4.18.0-305.el8.x86_64');
    expect(f.kernelConfig.source).toBe('/boot/config-4.18.0-305.el8.x86_64');
    const btf = f.btf.value;
    if (!btf?.present) throw new Error('expected BTF');
    expect(btf.enums.bpf_func_id).toContain('BPF_FUNC_ringbuf_output');
    expect(btf.enums.bpf_func_id).not.toContain('BPF_FUNC_ima_inode_hash');
    expect(btf.functions).toEqual(['vfs_read']);
    expect(f.distro.value?.prettyName).toBe('Red Hat Enterprise Linux 8.4 (Ootpa)');
    expect(f.lsm.value).toEqual({ active: ['capability', 'yama', 'selinux'] });
    expect(f.cgroup.value).toEqual({ mode: 'legacy', cgroup2MountPoints: [] });
    expect(parseHostFacts(facts).ok).toBe(true);
  });
});

describe('collectHostFacts on container', () => {
  it('reports unknowns with reasons and takes the LSMs from lsm= on the command line', async () => {
    const { facts } = await collect('container');
    const f = facts.facts;
    expect(f.kernelRelease.value).toBe('6.1.0-18-amd64');
    expect(f.kernelConfig).toEqual({
      status: 'unknown',
      value: null,
      source: '/boot/config-6.1.0-18-amd64, /proc/config.gz',
      reason: '/boot/config-6.1.0-18-amd64: ENOENT; /proc/config.gz: ENOENT',
    });
    expect(f.lsm).toEqual({
      status: 'ok',
      value: { active: ['landlock', 'lockdown', 'yama', 'apparmor', 'bpf'] },
      source: '/proc/cmdline (lsm=)',
      reason: '/sys/kernel/security/lsm: securityfs not mounted',
    });
    expect(f.lockdown).toMatchObject({ status: 'unknown', reason: 'securityfs not mounted' });
    expect(f.distro).toMatchObject({ status: 'ok', source: '/usr/lib/os-release', value: { id: 'alpine', versionId: '3.20.3' } });
    expect(f.capabilities.value).toMatchObject({ effective: '00000000a80425fb', CAP_BPF: false, CAP_SYS_ADMIN: false });
    expect(f.memlock.value).toEqual({ soft: 'unlimited', hard: 'unlimited' });
    expect(f.cgroup.value).toEqual({ mode: 'unified', cgroup2MountPoints: ['/sys/fs/cgroup'] });
    expect(f.btf.status).toBe('ok');
    // /sys is there but has no fs/bpf in this container.
    expect(f.paths['/sys/fs/bpf']).toMatchObject({ status: 'unknown', reason: 'ENOENT' });
    expect(JSON.stringify(facts)).not.toContain('9e2f4c1a');
    expect(parseHostFacts(facts).ok).toBe(true);
  });
});

describe('collectHostFacts with roots that do not exist', () => {
  it('answers with unknowns, never throws', async () => {
    const root = '/nonexistent/ebpf-digest-probe';
    const facts = await collectHostFacts({
      roots: { root, proc: `${root}/proc`, sys: `${root}/sys`, etc: `${root}/etc` },
      wantedPaths: ['/sys/fs/bpf'],
      wantedSysctls: ['kernel.bpf_stats_enabled'],
    });
    const f = facts.facts;
    expect(f.kernelRelease).toMatchObject({ status: 'unknown', reason: 'ENOENT' });
    expect(f.btf).toMatchObject({ status: 'unknown', reason: 'sysfs not mounted' });
    expect(f.lsm).toMatchObject({ status: 'unknown', reason: 'securityfs not mounted; /proc/cmdline: ENOENT' });
    expect(f.sysctls['net.core.bpf_jit_enable']).toMatchObject({ status: 'unknown', reason: 'procfs not mounted' });
    expect(f.paths['/sys/fs/bpf']).toMatchObject({ status: 'unknown', reason: 'sysfs not mounted' });
    expect(f.iproute2).toMatchObject({ status: 'unknown' });
    // Architecture falls back to this process's.
    expect(f.architecture.value).toBe(processArch);
    expect(parseHostFacts(facts).ok).toBe(true);
  });
});
