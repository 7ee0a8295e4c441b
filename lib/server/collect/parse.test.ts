import { describe, expect, it } from 'vitest';
import {
  defaultLsmsFromConfig,
  parseCapabilities,
  parseCgroupMounts,
  parseCmdlineLsm,
  parseIpVersion,
  parseBpftoolVersion,
  parseKernelConfig,
  parseLockdown,
  parseLsmList,
  parseMemlock,
  parseOsRelease,
  unameMachine,
} from './parse';
import { hostPath, resolveHostRoots } from './roots';

describe('resolveHostRoots', () => {
  it('defaults to the running system', () => {
    expect(resolveHostRoots({})).toEqual({ root: '/', proc: '/proc', sys: '/sys', etc: '/etc' });
  });

  it('derives proc, sys and etc from HOST_ROOT alone (gopsutil)', () => {
    expect(resolveHostRoots({ HOST_ROOT: '/host' })).toEqual({
      root: '/host',
      proc: '/host/proc',
      sys: '/host/sys',
      etc: '/host/etc',
    });
  });

  it('lets HOST_PROC, HOST_SYS and HOST_ETC win over HOST_ROOT', () => {
    expect(resolveHostRoots({ HOST_ROOT: '/host', HOST_PROC: '/hp', HOST_SYS: '/hs/', HOST_ETC: ' /he ' })).toEqual({
      root: '/host',
      proc: '/hp',
      sys: '/hs/',
      etc: '/he',
    });
  });

  it('ignores empty values', () => {
    expect(resolveHostRoots({ HOST_ROOT: '', HOST_PROC: '  ' })).toEqual({ root: '/', proc: '/proc', sys: '/sys', etc: '/etc' });
  });
});

describe('hostPath', () => {
  const roots = { root: '/host', proc: '/hp', sys: '/hs', etc: '/he' };
  it.each([
    ['/proc/config.gz', '/hp/config.gz'],
    ['/proc/self/status', '/hp/self/status'],
    ['/sys/kernel/btf/vmlinux', '/hs/kernel/btf/vmlinux'],
    ['/etc/os-release', '/he/os-release'],
    ['/boot/config-6.1.0', '/host/boot/config-6.1.0'],
    ['/usr/lib/os-release', '/host/usr/lib/os-release'],
    ['/sys', '/hs'],
  ])('%s → %s', (path, expected) => {
    expect(hostPath(roots, path)).toBe(expected);
  });

  it('refuses .. and relative paths', () => {
    expect(hostPath(roots, '/boot/config-..x')).toBe('/host/boot/config-..x'); // a name with dots, not `..`
    expect(() => hostPath(roots, '/boot/config-../../etc/shadow')).toThrow(/not an absolute host path/);
    expect(() => hostPath(roots, '/boot/../etc/shadow')).toThrow(/not an absolute host path/);
    expect(() => hostPath(roots, 'proc/x')).toThrow(/not an absolute host path/);
  });
});

describe('parsers', () => {
  it('parseOsRelease unquotes and unescapes', () => {
    expect(parseOsRelease('ID=ubuntu\nVERSION_ID="24.04"\nPRETTY_NAME="Say \\"hi\\""\n# c\n')).toEqual({
      id: 'ubuntu',
      versionId: '24.04',
      prettyName: 'Say "hi"',
    });
    expect(parseOsRelease("ID='alpine'\n")).toEqual({ id: 'alpine', versionId: null, prettyName: null });
    expect(() => parseOsRelease('garbage')).toThrow(/no KEY=value/);
  });

  it('parseKernelConfig keeps set options only', () => {
    const config = parseKernelConfig(
      '# comment\nCONFIG_BPF=y\nCONFIG_NET_SCH_BPF=m\n# CONFIG_NET_CLS_BPF is not set\nCONFIG_LSM="landlock,bpf"\nCONFIG_HZ=250\n',
    );
    expect(config).toEqual({ CONFIG_BPF: 'y', CONFIG_NET_SCH_BPF: 'm', CONFIG_LSM: 'landlock,bpf', CONFIG_HZ: '250' });
    expect(() => parseKernelConfig('<html>')).toThrow(/not a kernel config/);
  });

  it('parseLsmList', () => {
    expect(parseLsmList('lockdown,capability,landlock,yama,apparmor,bpf')).toEqual([
      'lockdown',
      'capability',
      'landlock',
      'yama',
      'apparmor',
      'bpf',
    ]);
    expect(parseLsmList('\n')).toEqual([]);
  });

  it('parseCmdlineLsm returns only lsm= and security=, last one wins, nothing after --', () => {
    expect(parseCmdlineLsm('root=/dev/sda1 token=s3cret lsm=yama lsm=landlock,bpf quiet -- lsm=init')).toEqual({
      lsm: ['landlock', 'bpf'],
      security: null,
    });
    expect(parseCmdlineLsm('ro security=selinux')).toEqual({ lsm: null, security: 'selinux' });
    expect(parseCmdlineLsm('ro nolsm=x quiet')).toEqual({ lsm: null, security: null });
    expect(parseCmdlineLsm('lsm="yama,bpf"')).toEqual({ lsm: ['yama', 'bpf'], security: null });
  });

  it('defaultLsmsFromConfig follows CONFIG_LSM, drops LSMs not built, puts capability first', () => {
    expect(
      defaultLsmsFromConfig({
        CONFIG_LSM: 'landlock,lockdown,yama,integrity,apparmor,bpf',
        CONFIG_SECURITY_LANDLOCK: 'y',
        CONFIG_SECURITY_YAMA: 'y',
        CONFIG_SECURITY_APPARMOR: 'y',
        CONFIG_BPF_LSM: 'y',
      }),
    ).toEqual(['capability', 'landlock', 'yama', 'apparmor', 'bpf']);
    expect(defaultLsmsFromConfig({ CONFIG_BPF: 'y' })).toBeNull();
  });

  it('parseLockdown', () => {
    expect(parseLockdown('none [integrity] confidentiality\n')).toEqual({
      current: 'integrity',
      available: ['none', 'integrity', 'confidentiality'],
    });
    expect(() => parseLockdown('none integrity')).toThrow(/no \[current\]/);
  });

  it('parseCapabilities reads CapEff bits above 32 (CAP_BPF is 39)', () => {
    expect(parseCapabilities('CapPrm:\t0000000000000000\nCapEff:\t000001ffffffffff\n')).toEqual({
      effective: '000001ffffffffff',
      CAP_BPF: true,
      CAP_PERFMON: true,
      CAP_SYS_ADMIN: true,
      CAP_NET_ADMIN: true,
    });
    // Docker's default set: no CAP_SYS_ADMIN, no CAP_NET_ADMIN, no CAP_BPF.
    expect(parseCapabilities('CapEff:\t00000000a80425fb\n')).toMatchObject({
      CAP_BPF: false,
      CAP_PERFMON: false,
      CAP_SYS_ADMIN: false,
      CAP_NET_ADMIN: false,
    });
    // Only CAP_BPF (bit 39) and CAP_NET_ADMIN (bit 12).
    expect(parseCapabilities('CapEff:\t0000008000001000\n')).toMatchObject({ CAP_BPF: true, CAP_NET_ADMIN: true, CAP_SYS_ADMIN: false });
    expect(() => parseCapabilities('Name: x')).toThrow(/CapEff/);
  });

  it('parseMemlock', () => {
    expect(parseMemlock('Max locked memory         8388608              8388608              bytes     \n')).toEqual({
      soft: 8388608,
      hard: 8388608,
    });
    expect(parseMemlock('Max locked memory         unlimited            unlimited            bytes\n')).toEqual({
      soft: 'unlimited',
      hard: 'unlimited',
    });
    expect(() => parseMemlock('Max open files 1024 1024 files')).toThrow(/Max locked memory/);
  });

  it('parseCgroupMounts tells unified, hybrid, legacy and none apart', () => {
    const line = (mp: string, fs: string) => `30 22 0:27 / ${mp} rw,relatime shared:9 - ${fs} ${fs} rw`;
    expect(parseCgroupMounts(line('/sys/fs/cgroup', 'cgroup2'))).toEqual({ mode: 'unified', cgroup2MountPoints: ['/sys/fs/cgroup'] });
    expect(parseCgroupMounts([line('/sys/fs/cgroup/unified', 'cgroup2'), line('/sys/fs/cgroup/cpu', 'cgroup')].join('\n'))).toEqual({
      mode: 'hybrid',
      cgroup2MountPoints: ['/sys/fs/cgroup/unified'],
    });
    expect(parseCgroupMounts(line('/sys/fs/cgroup/cpu', 'cgroup')).mode).toBe('legacy');
    expect(parseCgroupMounts(line('/', 'ext4')).mode).toBe('none');
    // No optional fields, and an escaped space in the mount point.
    expect(parseCgroupMounts('40 30 0:37 / /mnt/my\\040cg rw - cgroup2 none rw').cgroup2MountPoints).toEqual(['/mnt/my cg']);
    expect(() => parseCgroupMounts('')).toThrow(/empty/);
  });

  it.each([
    ['ip utility, iproute2-6.1.0, libbpf 1.1.2', { version: '6.1.0', libbpf: '1.1.2' }],
    ['ip utility, iproute2-5.10.0', { version: '5.10.0', libbpf: null }],
    ['ip utility, iproute2-ss190107', { version: 'ss190107', libbpf: null }],
    ['ip utility, iproute2-v6.6.0-12-gabcdef, libbpf 1.3.0', { version: '6.6.0', libbpf: '1.3.0' }],
  ])('parseIpVersion(%s)', (output, expected) => {
    expect(parseIpVersion(output)).toEqual(expected);
  });

  it.each([
    ['/usr/sbin/bpftool v7.1.0\nusing libbpf v1.1\nfeatures: libbpf_strict\n', '7.1.0'],
    ['bpftool v7.4.0\nusing libbpf v1.4\nfeatures: llvm, skeletons\n', '7.4.0'],
    // Builds before 7.0 carry the kernel's version, some with a suffix.
    ['/usr/lib/linux-tools/5.15.0-91-generic/bpftool v5.15.131\n', '5.15.131'],
    ['bpftool v5.10.0-dirty\n', '5.10.0'],
    ['bpftool 7.2\n', '7.2'],
    // A wrapper's warning first: the version line still counts, the libbpf line never does.
    ['WARNING: something\n/usr/sbin/bpftool v7.3.0\nusing libbpf v1.3\n', '7.3.0'],
  ])('parseBpftoolVersion(%j)', (output, version) => {
    expect(parseBpftoolVersion(output)).toEqual({ version });
  });

  it.each([
    '',
    'using libbpf v1.1\n',
    'bpftool: command not found',
    'WARNING: bpftool not found for kernel 6.1.0\n',
    'mybpftoolx v7.1.0',
    'see: bpftool v7.1.0 is the one',
  ])('parseBpftoolVersion(%j) names no version', (output) => {
    expect(() => parseBpftoolVersion(output)).toThrow('no bpftool version in `bpftool version` output');
  });

  it('unameMachine maps Node arch names', () => {
    expect(unameMachine('x64', 'LE')).toBe('x86_64');
    expect(unameMachine('arm64', 'LE')).toBe('aarch64');
    expect(unameMachine('ppc64', 'LE')).toBe('ppc64le');
    expect(unameMachine('s390x', 'BE')).toBe('s390x');
  });
});
