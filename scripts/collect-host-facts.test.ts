/**
 * The collector script against the server's collector, on the same host: the verdicts computed from
 * both sets of facts must be equal, feature by feature and catalog entry by entry. On every fixture root
 * (under dash, bash and busybox with nothing but busybox on PATH), with faults, as an unprivileged
 * user with unreadable files, and on this machine.
 */
import { chmod, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../lib/server/catalog';
import { createCatalogIndex } from '../lib/catalog/lookup';
import type { CatalogEntry } from '../lib/catalog/types';
import { loadContent } from '../lib/server/content/load-content';
import type { FeatureRecord } from '../lib/features/types';
import { collectHostFacts } from '../lib/server/collect/host-facts';
import { readWantedNames } from '../lib/host-facts/collect-script';
import { parseBpftoolVersion } from '../lib/server/collect/parse';
import { evaluateAll } from '../lib/verdicts/evaluate';
import { resolveHostRoots } from '../lib/server/collect/roots';
import { wantedNames, type WantedNames } from '../lib/host-facts/wanted';
import { parseHostFacts, type HostFacts } from '../lib/host-facts/schema';
import {
  HOST_FIXTURES,
  materializeHostFixture,
  type HostFixtureFault,
  type HostFixtureName,
  type MaterializedHost,
} from '../test/helpers/host-fixtures';
import { writeBtf } from '../test/helpers/btf-writer';
import {
  busyboxOnlyPath,
  comparableFacts,
  runCollectScript,
  SCRIPT,
  shellPath,
  verdictDiff,
  type ScriptOptions,
  type ScriptShell,
} from '../test/helpers/collect-script';

// Names beyond the content's, so paths, sysctls and the fixtures' functions are compared too.
// Members and enumerators: some that real kernels and the linux-6x fixture have (BTF_KIND_FLOAT is
// in an anonymous enum), some no kernel has, one not even a valid name (dropped by both).
const EXTRA = {
  functions: [
    'vfs_read',
    'do_sys_open',
    'bpf_skb_ct_lookup',
    'tcp_v4_connect',
    'no_such_function',
    'bpf_tagged_kfunc_0',
    'bpf_tagged_kfunc_1777',
    'bpf_tagged_kfunc_2499',
  ],
  members: ['bpf_prog_aux.sleepable', 'task_struct.pid', 'no_such_struct.x', 'bpf_prog_aux.no_such_member', 'not-a.member'],
  enumerators: ['BTF_KIND_FLOAT', 'BPF_MAP_TYPE_RINGBUF', 'NO_SUCH_ENUMERATOR'],
  paths: ['/sys/fs/bpf', '/sys/kernel/mm', '/sys/kernel/security/lsm', '/proc/no/such/path'],
  sysctls: ['kernel.bpf_stats_enabled', 'net.core.no_such_sysctl'],
};
const EXTRA_ENV = {
  EBPF_DIGEST_EXTRA_FUNCTIONS: EXTRA.functions.join(' '),
  EBPF_DIGEST_EXTRA_MEMBERS: EXTRA.members.join(' '),
  EBPF_DIGEST_EXTRA_ENUMERATORS: EXTRA.enumerators.join(' '),
  EBPF_DIGEST_EXTRA_PATHS: EXTRA.paths.join(' '),
  EBPF_DIGEST_EXTRA_SYSCTLS: EXTRA.sysctls.join(' '),
};

let records: FeatureRecord[];
let entries: CatalogEntry[];
let wants: WantedNames;
let busybox: Awaited<ReturnType<typeof busyboxOnlyPath>> | null = null;
const hosts: MaterializedHost[] = [];

beforeAll(async () => {
  const catalog = loadCatalog();
  const content = await loadContent(createCatalogIndex(catalog));
  records = content.records;
  entries = catalog.entries;
  wants = wantedNames(records, entries);
  if (shellPath('busybox')) busybox = await busyboxOnlyPath();
});
afterAll(async () => {
  await busybox?.cleanup();
  await Promise.all(hosts.splice(0).map((h) => h.cleanup()));
});

async function host(name: HostFixtureName, faults: HostFixtureFault[] = []): Promise<MaterializedHost> {
  const h = await materializeHostFixture(name, { faults });
  hosts.push(h);
  await chmod(h.root, 0o755); // mkdtemp makes it 0700: nobody could not enter
  return h;
}

function server(h?: MaterializedHost): Promise<HostFacts> {
  return collectHostFacts({
    roots: h?.roots ?? resolveHostRoots({}),
    io: h?.io,
    wantedFunctions: [...wants.wantedFunctions, ...EXTRA.functions],
    wantedMembers: [...wants.wantedMembers, ...EXTRA.members],
    wantedEnumerators: [...wants.wantedEnumerators, ...EXTRA.enumerators],
    wantedPaths: [...wants.wantedPaths, ...EXTRA.paths],
    wantedSysctls: [...wants.wantedSysctls, ...EXTRA.sysctls],
  });
}

function script(h: MaterializedHost | undefined, shell: ScriptShell, options: ScriptOptions = {}) {
  return runCollectScript({
    shell,
    roots: h?.roots,
    path: shell === 'busybox' ? busybox!.dir : undefined,
    env: EXTRA_ENV,
    ...options,
  });
}

/** Status of every fact (and of each sysctl and path): what a fault may change. */
function statuses(facts: HostFacts): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, fact] of Object.entries(facts.facts)) {
    if ('status' in fact) out[key] = fact.status as string;
    else for (const [name, f] of Object.entries(fact)) out[`${key}.${name}`] = f.status;
  }
  return out;
}

function expectValid(facts: HostFacts) {
  const parsed = parseHostFacts(facts);
  expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  expect(facts.collector.name).toBe('collect-host-facts.sh');
}

/** With BTF present, no catalog entry is decided by its version number. */
function expectNoVersionFallback(facts: HostFacts) {
  if (facts.facts.btf.status !== 'ok' || !facts.facts.btf.value.present) return;
  const byVersion = evaluateAll(records, entries, facts)
    .filter((item) => item.kind !== 'feature' && item.evidence.some((e) => e.code === 'kernel.by_version_only'))
    .map((item) => item.id);
  expect(byVersion).toEqual([]);
}

const BIG_ENDIAN_SPEC = {
  structs: { task_struct: ['pid'] },
  enums: {
    bpf_func_id: ['BPF_FUNC_unspec', 'BPF_FUNC_map_lookup_elem', 'BPF_FUNC_ima_inode_hash'],
    bpf_map_type: ['BPF_MAP_TYPE_RINGBUF'],
  },
  functions: ['vfs_read', 'bpf_task_acquire'],
};
// Shapes the walk must size right: ENUM64 members are 12 bytes, struct members 12, a FUNC_PROTO per
// function. A wanted enumerator's name that is only a struct member's here is not an enumerator.
const MIXED_SPEC = {
  structs: { task_struct: ['pid', 'tgid', 'flags'], empty: [], bpf_prog_aux: ['NO_SUCH_ENUMERATOR'] },
  enums: { bpf_func_id: ['BPF_FUNC_unspec', 'BPF_FUNC_ringbuf_output'], other: ['A', 'B'] },
  enums64: { bpf_func_id: ['BPF_FUNC_ringbuf_output', 'BPF_FUNC_ima_inode_hash'], bpf_cmd: ['BPF_MAP_CREATE'], '': ['BTF_KIND_FLOAT'] },
  functions: ['bpf_task_acquire', 'vfs_read'],
};

/**
 * 2,500 kfuncs each tagged bpf_kfunc, the tags after a struct that puts them 8 bytes off the 16-byte
 * grid: some of the 16-byte DECL_TAG records straddle the script's 32 kB od chunks.
 */
/** A valid blob whose last type (a FUNC) says kind 25, which no BTF has: both collectors must stop there. */
function unknownKindBtf(): Uint8Array {
  const blob = writeBtf({ functions: ['bpf_task_acquire'] });
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const typeLen = view.getUint32(12, true);
  const lastInfo = 24 + typeLen - 12 + 4; // the FUNC is the last 12-byte record of the type section
  view.setUint32(lastInfo, (view.getUint32(lastInfo, true) & 0xe0ffffff) | (25 << 24), true);
  return blob;
}

const TAGGED = Array.from({ length: 2500 }, (_, i) => `bpf_tagged_kfunc_${i}`);
const TAGGED_SPEC = { structs: { s: ['a'] }, functions: [...TAGGED, 'vfs_read'], kfuncTags: TAGGED };

// A fixture run spawns about a hundred short processes: seconds on a busy machine.
const SLOW = 90_000;
const shells = (['dash', 'bash', 'busybox'] as const).filter((s) => shellPath(s));

it("the script's generated names are those of the current content and catalog (else: npm run collect-script:sync)", async () => {
  expect(readWantedNames(await readFile(SCRIPT, 'utf8'))).toEqual({
    wantedFunctions: [...wants.wantedFunctions].sort(),
    wantedMembers: [...wants.wantedMembers].sort(),
    wantedEnumerators: [...wants.wantedEnumerators].sort(),
    wantedPaths: [...wants.wantedPaths].sort(),
    wantedSysctls: [...wants.wantedSysctls].sort(),
  });
});

describe.each(shells)('under %s, on each fixture root', (shell) => {
  it.each(HOST_FIXTURES)(
    '%s: same facts, same verdicts as the server collector',
    async (name) => {
      const h = await host(name);
      const [expected, { facts }] = await Promise.all([server(h), script(h, shell)]);
      expectValid(facts);
      expect(verdictDiff(records, entries, expected, facts)).toEqual([]);
      expect(comparableFacts(facts)).toEqual(comparableFacts(expected));
      expectNoVersionFallback(facts);
    },
    SLOW,
  );
});

describe("the script's bpftool version parser (collect_bpftool) reads what parseBpftoolVersion reads", () => {
  // Fixture roots are not `/`, so neither collector runs bpftool there: its sed program is run on
  // the outputs parse.test.ts gives the server's parser, under each shell's own sed.
  const OUTPUTS = [
    '/usr/sbin/bpftool v7.1.0\nusing libbpf v1.1\nfeatures: libbpf_strict\n',
    'bpftool v7.4.0\nusing libbpf v1.4\nfeatures: llvm, skeletons\n',
    '/usr/lib/linux-tools/5.15.0-91-generic/bpftool v5.15.131\n',
    'bpftool v5.10.0-dirty\n',
    'bpftool 7.2\n',
    'WARNING: something\n/usr/sbin/bpftool v7.3.0\nusing libbpf v1.3\n',
    '',
    'using libbpf v1.1\n',
    'WARNING: bpftool not found for kernel 6.1.0\n',
    'mybpftoolx v7.1.0',
    'see: bpftool v7.1.0 is the one',
  ];
  const sedProgram = async () => {
    const text = await readFile(SCRIPT, 'utf8');
    const body = /^collect_bpftool\(\) \{\n([\s\S]*?)^\}/m.exec(text)?.[1] ?? '';
    const program = /version=\$\(printf '%s\\n' "\$out" \| sed -n '([^']+)' \| head -n 1\)/.exec(body)?.[1];
    if (!program) throw new Error('no sed program in collect_bpftool');
    return program;
  };
  for (const shell of ['dash', 'busybox'] as const) {
    it.skipIf(!shellPath(shell))(`under ${shell}`, async () => {
      const program = await sedProgram();
      const [file, ...pre] = shell === 'busybox' ? [shellPath('busybox')!, 'sh'] : [shellPath('dash')!];
      // busybox: its own sed applet, as on a host with nothing else.
      const sed = shell === 'busybox' ? `${shellPath('busybox')} sed` : 'sed';
      for (const out of OUTPUTS) {
        const { stdout } = await promisify(execFile)(file, [
          ...pre,
          '-c',
          `printf '%s\\n' "$1" | ${sed} -n "$2" | head -n 1`,
          'sh',
          out,
          program,
        ]);
        let expected = '';
        try {
          expected = parseBpftoolVersion(out).version;
        } catch {
          // no version: the script says unknown too
        }
        expect(stdout.trim(), JSON.stringify(out)).toBe(expected);
      }
    });
  }
});

describe('faults a host can have: same verdicts, the fault costs one fact', () => {
  const bomb = Buffer.from('CONFIG_FILLER=y\n'.repeat(200_000));
  it.each<[string, HostFixtureFault[]]>([
    ['a FIFO for config.gz', [{ kind: 'fifo', path: 'proc/config.gz' }]],
    ['a FIFO for vmlinux', [{ kind: 'fifo', path: 'sys/kernel/btf/vmlinux' }]],
    ['a truncated config.gz', [{ kind: 'truncate', path: 'proc/config.gz', keepBytes: 200 }]],
    ['a config.gz that is not gzip', [{ kind: 'write', path: 'proc/config.gz', content: 'CONFIG_BPF=y\n' }]],
    ['a config in /boot over the 2 MB cap', [{ kind: 'write', path: 'boot/config-6.8.0-45-generic', content: bomb }]],
    ['a vmlinux that is not BTF', [{ kind: 'write', path: 'sys/kernel/btf/vmlinux', content: 'not btf at all' }]],
    ['a truncated vmlinux', [{ kind: 'truncate', path: 'sys/kernel/btf/vmlinux', keepBytes: 100 }]],
    ['a vmlinux cut inside its types', [{ kind: 'truncate', path: 'sys/kernel/btf/vmlinux', keepBytes: 2000 }]],
    ['no vmlinux', [{ kind: 'remove', path: 'sys/kernel/btf/vmlinux' }]],
    // Real kernels write BTF in their own byte order; the other order is read with od --endian (GNU).
    [
      'a big-endian vmlinux',
      [{ kind: 'write', path: 'sys/kernel/btf/vmlinux', content: writeBtf({ ...BIG_ENDIAN_SPEC, byteOrder: 'big' }) }],
    ],
    ['two enums of one name, ENUM64, structs', [{ kind: 'write', path: 'sys/kernel/btf/vmlinux', content: writeBtf(MIXED_SPEC) }]],
    ['a type of a kind no BTF has', [{ kind: 'write', path: 'sys/kernel/btf/vmlinux', content: unknownKindBtf() }]],
    ['2,500 kfunc decl tags across od chunks', [{ kind: 'write', path: 'sys/kernel/btf/vmlinux', content: writeBtf(TAGGED_SPEC) }]],
    ['no sysfs at all', [{ kind: 'remove', path: 'sys' }]],
    [
      'a directory for limits',
      [
        { kind: 'remove', path: 'proc/self/limits' },
        { kind: 'write', path: 'proc/self/limits/x', content: '' },
      ],
    ],
    ['an oversized osrelease', [{ kind: 'write', path: 'proc/sys/kernel/osrelease', content: 'x'.repeat(100_000) }]],
    ['a release that would climb out of /boot', [{ kind: 'write', path: 'proc/sys/kernel/osrelease', content: '../../etc/passwd\n' }]],
    [
      'lsm= on the command line, no securityfs',
      [
        { kind: 'remove', path: 'sys/kernel/security' },
        { kind: 'write', path: 'proc/cmdline', content: 'ro lsm="lockdown,capability,bpf" -- lsm=selinux\n' },
      ],
    ],
  ])(
    'linux-6x with %s',
    async (_, faults) => {
      const h = await host('linux-6x', faults);
      const [expected, { facts }] = await Promise.all([server(h), script(h, 'dash', { timeoutMs: 30_000 })]);
      expectValid(facts);
      expect(verdictDiff(records, entries, expected, facts)).toEqual([]);
      expect(statuses(facts)).toEqual(statuses(expected));
      // What was read is read the same: BTF member for member, the config option for option.
      if (expected.facts.btf.status === 'ok') expect(facts.facts.btf).toEqual(expected.facts.btf);
      if (expected.facts.kernelConfig.status === 'ok') expect(facts.facts.kernelConfig).toEqual(expected.facts.kernelConfig);
    },
    SLOW,
  );
});

const canDropPrivileges = process.getuid?.() === 0 && ['/usr/bin/setpriv', '/bin/setpriv'].some((p) => existsSync(p));
if (!canDropPrivileges) console.warn('collect-host-facts: the unprivileged run is skipped (needs root and setpriv)');

describe.skipIf(!canDropPrivileges)('as nobody (uid 65534), with unreadable files', () => {
  it(
    'says unknown (EACCES) for what it cannot read, validates, and matches the server verdict for verdict',
    async () => {
      const denied = ['proc/config.gz', 'sys/kernel/security/lsm', 'proc/sys/net/core/bpf_jit_enable', 'etc/os-release'];
      const h = await host(
        'linux-6x',
        denied.map((path) => ({ kind: 'denied', path })),
      );
      const [expected, { facts }] = await Promise.all([server(h), script(h, 'dash', { unprivileged: true })]);
      expectValid(facts);
      const f = facts.facts;
      expect(f.kernelConfig).toMatchObject({ status: 'unknown', reason: expect.stringContaining('/proc/config.gz: EACCES') });
      expect(f.sysctls['net.core.bpf_jit_enable']).toMatchObject({ status: 'unknown', reason: 'EACCES' });
      // securityfs unreadable: the LSMs come from the command line or the config, else unknown, with why.
      expect(f.lsm.status === 'unknown' ? f.lsm.reason : (f.lsm.reason ?? '')).toContain('EACCES');
      expect(f.distro).toMatchObject({ status: 'unknown', reason: 'EACCES; /usr/lib/os-release: ENOENT' });
      expect(f.btf).toMatchObject({ status: 'ok', value: { present: true } });
      expect(verdictDiff(records, entries, expected, facts)).toEqual([]);
      // The server's stand-in for EACCES (tests run as root) refuses stat too; a real unprivileged
      // stat of a 0000 file succeeds, as the script's does. Only that path's status may differ.
      const { 'paths./sys/kernel/security/lsm': _, ...rest } = statuses(facts);
      const { 'paths./sys/kernel/security/lsm': __, ...expectedRest } = statuses(expected);
      expect(rest).toEqual(expectedRest);
      expect(facts.facts.paths['/sys/kernel/security/lsm']).toMatchObject({ status: 'ok', value: { type: 'file' } });
    },
    SLOW,
  );

  it(
    'an unreadable vmlinux: BTF unknown (EACCES), the rest read',
    async () => {
      const h = await host('linux-6x', [{ kind: 'denied', path: 'sys/kernel/btf/vmlinux' }]);
      const [expected, { facts }] = await Promise.all([server(h), script(h, 'dash', { unprivileged: true })]);
      expectValid(facts);
      expect(facts.facts.btf).toMatchObject({ status: 'unknown', reason: 'EACCES' });
      expect(verdictDiff(records, entries, expected, facts)).toEqual([]);
    },
    SLOW,
  );
});

const realHost = process.platform === 'linux' && existsSync('/sys/kernel/btf/vmlinux');
if (!realHost) console.warn('collect-host-facts: this machine is skipped (needs Linux with /sys/kernel/btf/vmlinux)');

describe.skipIf(!realHost)('on this machine', () => {
  it('dash: same verdicts and facts as the server collector, a facts under 1 MB', { timeout: 300_000 }, async () => {
    const expected = await server();
    const run = await script(undefined, 'dash');
    expectValid(run.facts);
    expect(verdictDiff(records, entries, expected, run.facts)).toEqual([]);
    expect(comparableFacts(run.facts)).toEqual(comparableFacts(expected));
    // Both ran the installed bpftool (not both "unknown"): its version is the same fact on both sides.
    if (existsSync('/usr/sbin/bpftool'))
      expect(run.facts.facts.bpftool).toMatchObject({ status: 'ok', source: '/usr/sbin/bpftool version' });
    expectNoVersionFallback(run.facts);
    expect(run.bytes).toBeLessThan(1024 * 1024);
    const btf = run.facts.facts.btf.value;
    console.info(
      `collect-host-facts.sh on this machine: ${run.bytes} bytes in ${(run.ms / 1000).toFixed(1)} s` +
        (btf?.present ? `; BTF ${btf.typeCount} types, ${btf.functions.length}/${btf.functionsChecked.length} wanted functions` : ''),
    );
  });

  it.skipIf(!shellPath('busybox'))('busybox alone (its sh and applets only): the same verdicts', { timeout: 300_000 }, async () => {
    const [expected, run] = await Promise.all([server(), script(undefined, 'busybox')]);
    expectValid(run.facts);
    expect(verdictDiff(records, entries, expected, run.facts)).toEqual([]);
    // BTF, config and the rest as the server read them (capabilities and limits are this process's).
    expect(run.facts.facts.btf).toEqual(expected.facts.btf);
    expect(run.facts.facts.kernelConfig).toEqual(expected.facts.kernelConfig);
  });
});
