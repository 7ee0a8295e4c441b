/**
 * Parsers for the host's text files. Pure: each takes the text and returns the value of a fact,
 * or throws HostReadError saying what was wrong with the text.
 */
import { CAPABILITY_BITS, type CapabilityFacts, type CgroupFacts } from '../../host-facts/schema';
import { HostReadError } from './fact';

/** /etc/os-release (freedesktop format): KEY=value, values optionally quoted with shell escapes. */
export function parseOsRelease(text: string): { id: string | null; versionId: string | null; prettyName: string | null } {
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (!m) continue;
    let value = m[2]!.trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\(["\\`$])/g, '$1');
    }
    fields.set(m[1]!, value);
  }
  const get = (key: string) => fields.get(key) ?? null;
  if (!fields.size) throw new HostReadError('no KEY=value lines');
  return { id: get('ID'), versionId: get('VERSION_ID'), prettyName: get('PRETTY_NAME') };
}

/**
 * A kernel .config: `CONFIG_X=y|m|value` lines; `# CONFIG_X is not set` and comments are dropped.
 * String values keep their quotes out (`CONFIG_LSM="lockdown,bpf"` → `lockdown,bpf`).
 */
export function parseKernelConfig(text: string): Record<string, string> {
  const options: Record<string, string> = {};
  let count = 0;
  for (const line of text.split('\n')) {
    const m = /^(CONFIG_[A-Za-z0-9_]+)=(.*)$/.exec(line.trim());
    if (!m) continue;
    let value = m[2]!;
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
      value = value.slice(1, -1).replace(/\\(["\\])/g, '$1');
    }
    options[m[1]!] = value;
    count++;
  }
  // A kernel config always sets some options; text without any is not a config (or is truncated).
  if (count === 0) throw new HostReadError('no CONFIG_ options set: not a kernel config');
  return options;
}

/** /sys/kernel/security/lsm: a comma-separated list, no trailing newline on most kernels. */
export function parseLsmList(text: string): string[] {
  return text
    .trim()
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^[a-z][a-z0-9_]{0,31}$/.test(s));
}

/**
 * The LSM choice on the kernel command line: `lsm=` (a list) and the legacy `security=` (one major
 * LSM). Only these values leave this function: the rest of the command line can hold secrets
 * (root=, ip=, tokens). The last occurrence wins, as in the kernel; everything after a bare `--`
 * goes to init and is ignored.
 */
export function parseCmdlineLsm(cmdline: string): { lsm: string[] | null; security: string | null } {
  const kernelPart = cmdline.split(/(?:^|\s)--(?:\s|$)/)[0] ?? '';
  const last = (key: string) => {
    let found: string | null = null;
    for (const m of kernelPart.matchAll(new RegExp(`(?:^|\\s)${key}=("[^"]*"|\\S*)`, 'g'))) found = m[1]!.replace(/^"|"$/g, '');
    return found;
  };
  const lsm = last('lsm');
  const security = last('security');
  return { lsm: lsm === null ? null : parseLsmList(lsm), security: security === null ? null : security.slice(0, 32) };
}

/** The config option that builds each LSM in (each security/<lsm>/Kconfig); capability is always built. */
const LSM_CONFIG: Record<string, string> = {
  selinux: 'CONFIG_SECURITY_SELINUX',
  apparmor: 'CONFIG_SECURITY_APPARMOR',
  smack: 'CONFIG_SECURITY_SMACK',
  tomoyo: 'CONFIG_SECURITY_TOMOYO',
  yama: 'CONFIG_SECURITY_YAMA',
  loadpin: 'CONFIG_SECURITY_LOADPIN',
  safesetid: 'CONFIG_SECURITY_SAFESETID',
  lockdown: 'CONFIG_SECURITY_LOCKDOWN_LSM',
  landlock: 'CONFIG_SECURITY_LANDLOCK',
  integrity: 'CONFIG_INTEGRITY',
  ima: 'CONFIG_IMA',
  evm: 'CONFIG_EVM',
  ipe: 'CONFIG_SECURITY_IPE',
  bpf: 'CONFIG_BPF_LSM',
};

/**
 * The LSMs a kernel activates when the command line chooses none (no lsm=, no security=):
 * capability, then CONFIG_LSM's order, less those not built in. Null without CONFIG_LSM (< 5.1).
 */
export function defaultLsmsFromConfig(config: Record<string, string>): string[] | null {
  const order = config.CONFIG_LSM;
  if (order === undefined) return null;
  const built = (name: string) => {
    const option = LSM_CONFIG[name];
    return option === undefined || (config[option] !== undefined && config[option] !== 'n');
  };
  return ['capability', ...parseLsmList(order).filter((n) => n !== 'capability' && built(n))];
}

/** /sys/kernel/security/lockdown: `none [integrity] confidentiality`. */
export function parseLockdown(text: string): { current: string; available: string[] } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const current = words.find((w) => /^\[.+\]$/.test(w));
  if (!current) throw new HostReadError('no [current] mode in lockdown');
  return { current: current.slice(1, -1), available: words.map((w) => w.replace(/^\[|\]$/g, '')) };
}

/** CapEff from /proc/<pid>/status → the hex mask and the bits the probe cares about. */
export function parseCapabilities(status: string): CapabilityFacts {
  const m = /^CapEff:\s*([0-9a-fA-F]{1,32})\s*$/m.exec(status);
  if (!m) throw new HostReadError('no CapEff line in status');
  const hex = m[1]!.toLowerCase();
  const mask = BigInt(`0x${hex}`);
  const has = (bit: number) => ((mask >> BigInt(bit)) & 1n) === 1n;
  return {
    effective: hex,
    CAP_BPF: has(CAPABILITY_BITS.CAP_BPF),
    CAP_PERFMON: has(CAPABILITY_BITS.CAP_PERFMON),
    CAP_SYS_ADMIN: has(CAPABILITY_BITS.CAP_SYS_ADMIN),
    CAP_NET_ADMIN: has(CAPABILITY_BITS.CAP_NET_ADMIN),
  };
}

/** "Max locked memory  8388608  8388608  bytes" from /proc/<pid>/limits. */
export function parseMemlock(limits: string): { soft: number | 'unlimited'; hard: number | 'unlimited' } {
  const m = /^Max locked memory\s+(\d+|unlimited)\s+(\d+|unlimited)(?:\s+\S+)?\s*$/m.exec(limits);
  if (!m) throw new HostReadError('no "Max locked memory" line in limits');
  const value = (s: string) => (s === 'unlimited' ? 'unlimited' : Number(s));
  return { soft: value(m[1]!), hard: value(m[2]!) };
}

/** mountinfo escapes space, tab, newline and backslash as octal (`\040`). */
function unescapeMountPath(path: string): string {
  return path.replace(/\\([0-7]{3})/g, (_, oct: string) => String.fromCharCode(parseInt(oct, 8)));
}

/**
 * cgroup mounts from /proc/self/mountinfo: `id parent maj:min root mountpoint opts [tags] - fstype src opts`.
 * The fs type follows the ` - ` separator; optional fields before it vary in number.
 */
export function parseCgroupMounts(mountinfo: string): CgroupFacts {
  const cgroup2: string[] = [];
  let v1 = 0;
  let lines = 0;
  for (const line of mountinfo.split('\n')) {
    if (!line.trim()) continue;
    lines++;
    const sep = line.indexOf(' - ');
    if (sep < 0) continue;
    const before = line.slice(0, sep).split(' ');
    const fstype = line.slice(sep + 3).split(' ')[0];
    const mountPoint = before[4];
    if (mountPoint === undefined) continue;
    if (fstype === 'cgroup2') cgroup2.push(unescapeMountPath(mountPoint));
    else if (fstype === 'cgroup') v1++;
  }
  if (lines === 0) throw new HostReadError('empty mountinfo');
  const mode = cgroup2.length ? (v1 ? 'hybrid' : 'unified') : v1 ? 'legacy' : 'none';
  return { mode, cgroup2MountPoints: cgroup2 };
}

/**
 * `ip -V`: "ip utility, iproute2-6.1.0, libbpf 1.1.2"; older: "ip utility, iproute2-ss190107";
 * some 5.x builds: "ip utility, iproute2-5.10.0". libbpf is named only when linked with it.
 */
export function parseIpVersion(output: string): { version: string; libbpf: string | null } {
  const version = /iproute2-v?(ss\d+|\d+\.\d+(?:\.\d+)?)/.exec(output);
  if (!version) throw new HostReadError('no iproute2 version in `ip -V` output');
  const libbpf = /libbpf\s+v?(\d+\.\d+(?:\.\d+)?)/.exec(output);
  return { version: version[1]!, libbpf: libbpf ? libbpf[1]! : null };
}

/**
 * `bpftool version`: "/usr/sbin/bpftool v7.1.0" (it names itself as run), then "using libbpf v1.1" and
 * "features: …", which do not matter here. Builds before 7.0 carry the kernel's version ("bpftool v5.10.0").
 */
export function parseBpftoolVersion(output: string): { version: string } {
  const version = /^\S*bpftool v?(\d+\.\d+(?:\.\d+)?)/m.exec(output);
  if (!version) throw new HostReadError('no bpftool version in `bpftool version` output');
  return { version: version[1]! };
}

/** `uname -m` for a Node process.arch (used when the kernel has no /proc/sys/kernel/arch). */
export function unameMachine(arch: string, endianness: 'LE' | 'BE'): string {
  switch (arch) {
    case 'x64':
      return 'x86_64';
    case 'ia32':
      return 'i686';
    case 'arm64':
      return 'aarch64';
    case 'arm':
      return 'armv7l';
    case 'ppc64':
      return endianness === 'LE' ? 'ppc64le' : 'ppc64';
    case 'loong64':
      return 'loongarch64';
    case 'mipsel':
      return 'mips';
    default:
      // riscv64, s390x, mips64 … are already uname's words.
      return arch;
  }
}
