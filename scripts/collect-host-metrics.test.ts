/**
 * `collect-host-facts.sh --format prometheus`: the script's awk evaluator against the site's
 * (lib/verdicts + lib/metrics/host-metrics.ts). For the same facts the two must write the same
 * metrics, line for line: on every fixture host, with faults, on this machine, and on fuzzed facts
 * and rules that reach every rule kind and every branch of how rules combine — under dash with
 * mawk and under busybox alone (its sh and awk). promtool accepts what it writes, and
 * node_exporter's textfile collector serves it.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalogIndex } from '../lib/catalog/lookup';
import type { CatalogEntry } from '../lib/catalog/types';
import type { FeatureRecord } from '../lib/features/types';
import { readItemRules, withItemRules } from '../lib/host-facts/collect-script';
import { parseHostFacts, type HostFacts } from '../lib/host-facts/schema';
import { wantedNames } from '../lib/host-facts/wanted';
import { DEFAULT_METRIC_KINDS, METRIC, renderHostMetrics } from '../lib/metrics/host-metrics';
import { loadCatalog } from '../lib/server/catalog';
import { collectHostFacts } from '../lib/server/collect/host-facts';
import { resolveHostRoots } from '../lib/server/collect/roots';
import { loadContent } from '../lib/server/content/load-content';
import type { EvaluableEntry, EvaluableFeature } from '../lib/verdicts/evaluate';
import { buildHostVerdicts } from '../lib/verdicts/host-verdicts';
import { collectScriptRules } from '../lib/verdicts/script-rules';
import { ITEM_KINDS } from '../lib/verdicts/types';
import { busyboxOnlyPath, SCRIPT, shellPath } from '../test/helpers/collect-script';
import { HOST_FIXTURES, materializeHostFixture, type HostFixtureFault, type MaterializedHost } from '../test/helpers/host-fixtures';
import { NODE_EXPORTER, parseExposition, PROMTOOL, promtoolCheckMetrics } from '../test/helpers/prometheus';

const run = promisify(execFile);

let records: FeatureRecord[];
let entries: CatalogEntry[];
let busybox: Awaited<ReturnType<typeof busyboxOnlyPath>> | null = null;
let work: string;
const hosts: MaterializedHost[] = [];

beforeAll(async () => {
  const catalog = loadCatalog();
  records = (await loadContent(createCatalogIndex(catalog))).records;
  entries = catalog.entries;
  if (shellPath('busybox')) busybox = await busyboxOnlyPath();
  work = await mkdtemp(join(tmpdir(), 'collect-metrics-'));
});
afterAll(async () => {
  await busybox?.cleanup();
  await Promise.all(hosts.splice(0).map((h) => h.cleanup()));
  await rm(work, { recursive: true, force: true });
});

type Runner = 'dash' | 'busybox';
const runners = (['dash', 'busybox'] as const).filter((r) => shellPath(r));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a collector script with only PATH (and the given variables) in its environment. */
async function script(args: string[], options: { runner?: Runner; file?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const runner = options.runner ?? 'dash';
  const shell = shellPath(runner)!;
  const argv = runner === 'busybox' ? ['sh', options.file ?? SCRIPT, ...args] : [options.file ?? SCRIPT, ...args];
  const env: Record<string, string> = {
    PATH: runner === 'busybox' ? busybox!.dir : '/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin',
    TMPDIR: tmpdir(),
    ...options.env,
  };
  try {
    const { stdout, stderr } = await run(shell, argv, { env: env as NodeJS.ProcessEnv, timeout: 240_000, maxBuffer: 8 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

let factsFiles = 0;
/** The script's metrics for these facts (`--facts`), kinds all. */
async function scriptMetrics(facts: HostFacts, runner: Runner = 'dash', file?: string): Promise<string> {
  const path = join(work, `facts-${factsFiles++}.json`);
  await writeFile(path, JSON.stringify(facts));
  const result = await script(['--format', 'prometheus', '--kinds', 'all', '--facts', path], { runner, file });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

/** The site's metrics for the same facts. */
function siteMetrics(facts: HostFacts, features: readonly EvaluableFeature[] = records, items: readonly EvaluableEntry[] = entries) {
  return renderHostMetrics(buildHostVerdicts(facts, features, items, new Date()), { kinds: ITEM_KINDS });
}

async function fixtureFacts(name: (typeof HOST_FIXTURES)[number], faults: HostFixtureFault[] = []): Promise<HostFacts> {
  const host = await materializeHostFixture(name, { faults });
  hosts.push(host);
  return collectHostFacts({ roots: host.roots, io: host.io, ...wantedNames(records, entries) });
}

it("the script's rules are the evaluator's, for the current content and catalog (else: npm run collect-script:sync)", async () => {
  const rules = readItemRules(await readFile(SCRIPT, 'utf8'));
  expect(rules).toEqual(JSON.parse(JSON.stringify(collectScriptRules(records, entries))));
  expect(rules.lines).toHaveLength(records.length + entries.length);
  expect(rules.defaultKinds).toEqual(DEFAULT_METRIC_KINDS);
});

describe.each(runners)('under %s: the same metrics as the site for the same facts', (runner) => {
  it.each(HOST_FIXTURES)('%s', async (name) => {
    const facts = await fixtureFacts(name);
    expect(await scriptMetrics(facts, runner)).toBe(siteMetrics(facts));
  });

  it.each<[string, HostFixtureFault[]]>([
    ['no vmlinux', [{ kind: 'remove', path: 'sys/kernel/btf/vmlinux' }]],
    ['a truncated vmlinux', [{ kind: 'truncate', path: 'sys/kernel/btf/vmlinux', keepBytes: 100 }]],
    ['a config.gz that is not gzip', [{ kind: 'write', path: 'proc/config.gz', content: 'CONFIG_BPF=y\n' }]],
    ['no sysfs at all', [{ kind: 'remove', path: 'sys' }]],
    ['an odd release', [{ kind: 'write', path: 'proc/sys/kernel/osrelease', content: 'v6.10_rc1+\n' }]],
    ['an os-release with quotes', [{ kind: 'write', path: 'etc/os-release', content: 'PRETTY_NAME="Weird \\"Linux\\" \\\\ 内核"\n' }]],
  ])('linux-6x with %s', async (_, faults) => {
    const facts = await fixtureFacts('linux-6x', faults);
    expect(await scriptMetrics(facts, runner)).toBe(siteMetrics(facts));
  });

  it.each<[string, (facts: HostFacts) => void]>([
    [
      'a 5.10 kernel without CONFIG_BPF_STREAM_PARSER (gates bounded by version)',
      (f) => {
        f.facts.kernelRelease = { ...f.facts.kernelRelease, status: 'ok', value: '5.10.0-1-amd64' } as HostFacts['facts']['kernelRelease'];
        if (f.facts.kernelConfig.status === 'ok') delete f.facts.kernelConfig.value.CONFIG_BPF_STREAM_PARSER;
      },
    ],
    [
      'CONFIG_INET and CONFIG_CGROUP_BPF unset',
      (f) => {
        if (f.facts.kernelConfig.status === 'ok') {
          f.facts.kernelConfig.value.CONFIG_INET = 'n';
          delete f.facts.kernelConfig.value.CONFIG_CGROUP_BPF;
        }
      },
    ],
    [
      'no kernel release (gates with bounds cannot choose)',
      (f) => {
        f.facts.kernelRelease = { status: 'unknown', value: null, source: f.facts.kernelRelease.source, reason: 'EACCES' };
      },
    ],
    [
      'no kernel config',
      (f) => {
        f.facts.kernelConfig = { status: 'unknown', value: null, source: f.facts.kernelConfig.source, reason: 'EACCES' };
      },
    ],
    [
      'kfuncs tagged bpf_kfunc, some untagged, some only as <name>_impl',
      (f) => {
        const btf = f.facts.btf;
        if (btf.status !== 'ok' || !btf.value.present) return;
        const functions = btf.value.functions.map((name, i) => (i % 5 === 0 ? `${name}_impl` : name));
        btf.value.functions = functions;
        btf.value.kfuncTagCount = 1000;
        btf.value.kfuncsTagged = functions.filter((_, i) => i % 3 !== 0);
      },
    ],
    [
      'kfuncs present only as <name>_impl, no tags',
      (f) => {
        const btf = f.facts.btf;
        if (btf.status !== 'ok' || !btf.value.present) return;
        btf.value.functions = btf.value.functions.map((name, i) => (i % 2 === 0 ? `${name}_impl` : name));
        btf.value.kfuncTagCount = 0;
        btf.value.kfuncsTagged = [];
      },
    ],
  ])('linux-6x edited: %s (config gates, kfunc tags)', async (_, edit) => {
    const facts = structuredClone(await fixtureFacts('linux-6x'));
    edit(facts);
    expect(await scriptMetrics(facts, runner)).toBe(siteMetrics(facts));
  });

  it.runIf(process.platform === 'linux')('this machine', async () => {
    const facts = await collectHostFacts({ roots: resolveHostRoots({}), ...wantedNames(records, entries) });
    expect(await scriptMetrics(facts, runner)).toBe(siteMetrics(facts));
  });
});

describe('every rule kind and every way rules combine, fuzzed (bounded, seeded)', () => {
  // Names that exist in the linux-6x fixture's facts and names that do not, for each rule kind.
  const RULES = [
    'btf:BPF_FUNC_map_lookup_elem',
    'btf:BPF_FUNC_no_such_helper',
    'btf:BPF_PROG_TYPE_KPROBE',
    'btf:BPF_PROG_TYPE_NOPE',
    'btf:BPF_MAP_TYPE_NOPE',
    'btf:BPF_LINK_TYPE_NOPE',
    'btf:BPF_MAP_CREATE',
    'btf:bpf_task_acquire',
    'btf:bpf_dynptr_slice',
    'btf:never_asked_about',
    'member:bpf_prog_aux.sleepable',
    'member:bpf_prog_aux.no_such_member',
    'member:never.asked',
    'enum:BTF_KIND_FLOAT',
    'enum:NO_SUCH_ENUMERATOR',
    'enum:NEVER_ASKED',
    'config:CONFIG_BPF_SYSCALL',
    'config:CONFIG_BPF_LSM',
    'config:CONFIG_NO_SUCH_OPTION',
    'lsm:bpf',
    'lsm:selinux',
    'path:/sys/fs/bpf',
    'path:/sys/fs/bpf/',
    'path:/proc/no/such',
    'path:/sys/never/asked',
    'sysctl:net.core.busy_poll',
    'sysctl:kernel.unprivileged_bpf_disabled',
    'sysctl:net.core.no_such',
    'sysctl:never.asked',
    'kernel:4.18',
    'kernel:5.11',
    'kernel:6.8',
    'kernel:6.10',
    'libbpf:0.3',
    'libbpf:1.5',
    'iproute2:5.11',
    'iproute2:6.20',
    'bpftool:7.0',
    'bpftool:7.1',
    'bpftool:5.13',
  ];
  const ruleOf = (term: string): FeatureRecord['detect'][number] => {
    const [kind, ...rest] = term.split(':');
    const value = rest.join(':');
    switch (kind) {
      case 'btf':
      case 'enum':
        return { kind, name: value };
      case 'member': {
        const [struct, member] = value.split('.');
        return { kind, struct: struct!, member: member! };
      }
      case 'config':
        return { kind, option: value };
      case 'lsm':
      case 'sysctl':
        return { kind, name: value };
      case 'path':
        return { kind, path: value };
      case 'kernel':
        return { kind, min: value };
      default:
        return { kind: 'userspace', component: kind as 'libbpf', min: value };
    }
  };
  const ENTRIES: EvaluableEntry[] = [
    { kind: 'helper', name: 'bpf_map_lookup_elem', kernel: '3.19', btf: { enum: 'bpf_func_id', member: 'BPF_FUNC_map_lookup_elem' } },
    { kind: 'helper', name: 'bpf_no_such', kernel: '6.99', btf: { enum: 'bpf_func_id', member: 'BPF_FUNC_no_such' } },
    { kind: 'attach-type', name: 'BPF_NOPE', kernel: '4.10', btf: { enum: 'bpf_attach_type', member: 'BPF_NOPE' } },
    { kind: 'kfunc', name: 'bpf_task_acquire', kernel: '6.2', btf: { func: 'bpf_task_acquire' } },
    { kind: 'kfunc', name: 'never_asked', kernel: '6.2', btf: { func: 'never_asked' } },
  ];

  const features = fc.array(
    fc.record({
      detect: fc.uniqueArray(fc.constantFrom(...RULES), { maxLength: 4 }),
      landing: fc.constantFrom('linux:5.11', 'linux:4.1', 'libbpf:0.3', 'iproute2:5.11', 'bpftool:7.0', 'bpftool:7.2'),
    }),
    { minLength: 30, maxLength: 30 },
  );

  // What a host may say about each fact: present, absent, unreadable for one reason or another.
  const mutations = fc.record({
    release: fc.constantFrom(
      null,
      'unknown',
      ' 5.4.0-91-generic ',
      'v5.10',
      '5.10.1234567',
      '12345.1',
      '5.11abc',
      '6.1.0+',
      '4.18.0-305.el8',
      '6',
      '6.10_rc1',
      '6.2.1.2',
      '06.08',
    ),
    btf: fc.constantFrom(null, 'unknown', 'absent', 'no-prog-types', 'no-functions'),
    config: fc.constantFrom(null, 'unknown', 'lsm-n', 'no-syscall'),
    lsm: fc.constantFrom(null, 'unknown', 'no-bpf'),
    // Each named path and sysctl: read, missing, unreadable (and why), or not collected at all.
    named: fc.array(fc.constantFrom('ok', 'ENOENT', 'EACCES', 'EPERM', 'timed out', 'absent'), { minLength: 4, maxLength: 4 }),
    iproute2: fc.constantFrom(
      null,
      'unknown',
      'ss190107',
      '6.1.0 libbpf null',
      '5.4.0 libbpf 0.1',
      '6.8.0 libbpf 1.3.0',
      '6.8.0 libbpf empty',
    ),
    // absent: facts from a collector older than the bpftool fact.
    bpftool: fc.constantFrom(null, 'absent', 'unknown', '7.1.0', '7.0', '5.10.0', '7.2.0-dirty', 'empty', 'v7.4.1'),
    distro: fc.constantFrom(null, 'unknown', 'ids only', 'id only', 'none'),
    collectedAt: fc.constantFrom(
      '2026-11-27T10:00:00Z',
      '2026-11-27T10:00:00.5Z',
      '2026-11-27T10:00:00.123456Z',
      '2026-11-27T12:30:00+02:30',
      '2024-02-29T23:59:59-05:00',
    ),
  });
  type Mutations = typeof mutations extends fc.Arbitrary<infer T> ? T : never;

  function mutate(base: HostFacts, m: Mutations): HostFacts {
    const facts = structuredClone(base);
    const f = facts.facts;
    const unknown = (source: string) => ({ status: 'unknown' as const, value: null, source, reason: 'EACCES' });
    facts.collectedAt = m.collectedAt;
    if (m.release === 'unknown') f.kernelRelease = unknown('/proc/sys/kernel/osrelease');
    else if (m.release !== null) f.kernelRelease = { status: 'ok', value: m.release, source: '/proc/sys/kernel/osrelease' };
    if (f.btf.status === 'ok' && f.btf.value.present) {
      const btf = f.btf.value;
      if (m.btf === 'unknown') f.btf = unknown('/sys/kernel/btf/vmlinux');
      else if (m.btf === 'absent') f.btf = { status: 'ok', value: { present: false }, source: '/sys/kernel/btf' };
      else if (m.btf === 'no-prog-types') delete btf.enums.bpf_prog_type;
      else if (m.btf === 'no-functions') btf.functions = [];
    }
    if (f.kernelConfig.status === 'ok') {
      if (m.config === 'unknown') f.kernelConfig = unknown('/proc/config.gz');
      else if (m.config === 'lsm-n') f.kernelConfig.value.CONFIG_BPF_LSM = 'n';
      else if (m.config === 'no-syscall') delete f.kernelConfig.value.CONFIG_BPF_SYSCALL;
    }
    if (m.lsm === 'unknown') f.lsm = unknown('/sys/kernel/security/lsm');
    else if (m.lsm === 'no-bpf' && f.lsm.status === 'ok') f.lsm.value.active = f.lsm.value.active.filter((l) => l !== 'bpf');
    const NAMED = [
      ['paths', '/sys/fs/bpf'],
      ['paths', '/proc/no/such'],
      ['sysctls', 'net.core.no_such'],
      ['sysctls', 'kernel.unprivileged_bpf_disabled'],
    ] as const;
    NAMED.forEach(([group, name], i) => {
      const state = m.named[i]!;
      const source = group === 'paths' ? name : `/proc/sys/${name.replace(/\./g, '/')}`;
      if (state === 'absent') delete f[group][name];
      else if (state !== 'ok') f[group][name] = { status: 'unknown', value: null, source, reason: state };
      else if (group === 'paths') f.paths[name] = { status: 'ok', value: { type: 'directory' }, source };
      else f.sysctls[name] = { status: 'ok', value: '1', source };
    });
    if (m.iproute2 === 'unknown') f.iproute2 = unknown('ip -V');
    else if (m.iproute2 !== null) {
      const [version, , libbpf] = m.iproute2.split(' ');
      f.iproute2 = {
        status: 'ok',
        value: { version: version!, libbpf: libbpf === undefined || libbpf === 'null' ? null : libbpf === 'empty' ? '' : libbpf },
        source: 'ip -V',
      };
    }
    if (m.bpftool === 'absent') delete f.bpftool;
    else if (m.bpftool === 'unknown') f.bpftool = unknown('bpftool version');
    else if (m.bpftool !== null) {
      f.bpftool = { status: 'ok', value: { version: m.bpftool === 'empty' ? '' : m.bpftool }, source: 'bpftool version' };
    }
    if (m.distro === 'unknown') f.distro = unknown('/etc/os-release');
    else if (m.distro !== null) {
      const value = {
        'ids only': { id: 'debian', versionId: '12' },
        'id only': { id: 'alpine', versionId: null },
        none: { id: null, versionId: null },
      }[m.distro];
      f.distro = { status: 'ok', value: { ...value, prettyName: null }, source: '/etc/os-release' };
    }
    return facts;
  }

  it.each(runners)(
    'under %s: 80 hosts × 30 features and 5 entries, the same metrics line for line',
    async (runner) => {
      const base = await fixtureFacts('linux-6x');
      const scriptOf = new Map<string, string>();
      await fc.assert(
        fc.asyncProperty(features, mutations, async (drawn, m) => {
          const facts = mutate(base, m);
          fc.pre(parseHostFacts(facts).ok);
          const synthetic: EvaluableFeature[] = drawn.map((d, i) => {
            const [component, version] = d.landing.split(':') as ['linux' | 'libbpf', string];
            return {
              id: `f${i}`,
              kernel: component === 'linux' ? version : null,
              landing: { component, version },
              detect: d.detect.map(ruleOf),
            };
          });
          // The script with these items' rules in its generated block.
          const text = withItemRules(await readFile(SCRIPT, 'utf8'), collectScriptRules(synthetic, ENTRIES));
          let file = scriptOf.get(text);
          if (!file) {
            file = join(work, `script-${scriptOf.size}.sh`);
            await writeFile(file, text);
            scriptOf.set(text, file);
          }
          expect(await scriptMetrics(facts, runner, file)).toBe(siteMetrics(facts, synthetic, ENTRIES));
        }),
        { seed: 20261127, numRuns: 80 },
      );
    },
    240_000,
  );
});

describe('collecting and judging in one run (--format prometheus)', () => {
  const SLOW = 120_000;

  it.each(runners)(
    'under %s on linux-6x: the verdicts of the facts it collects, the default kinds, promtool-clean',
    async (runner) => {
      const host = await materializeHostFixture('linux-6x');
      hosts.push(host);
      const env = { HOST_ROOT: host.root };
      const [json, prom] = await Promise.all([script([], { runner, env }), script(['--format', 'prometheus'], { runner, env })]);
      expect([json.code, prom.code, prom.stderr]).toEqual([0, 0, '']);
      const facts = JSON.parse(json.stdout) as HostFacts;
      const expected = renderHostMetrics(buildHostVerdicts(facts, records, entries, new Date()), { kinds: DEFAULT_METRIC_KINDS });
      const timeless = (text: string) => text.split('\n').filter((l) => !l.includes('ebpf_digest_probe_'));
      expect(timeless(prom.stdout)).toEqual(timeless(expected));
      const samples = parseExposition(prom.stdout);
      const at = Number(samples.find((s) => s.name === METRIC.lastSuccess)?.value);
      expect(Math.abs(at * 1000 - Date.parse(facts.collectedAt))).toBeLessThan(120_000);
      expect(Number(samples.find((s) => s.name === METRIC.duration)?.value)).toBeGreaterThanOrEqual(0);
      if (PROMTOOL) expect(await promtoolCheckMetrics(prom.stdout)).toEqual({ code: 0, output: '' });
    },
    SLOW,
  );
});

describe('bad arguments and bad input: exit 2 and say why', () => {
  it.each<[string[], RegExp]>([
    [['--format', 'yaml'], /--format yaml: expected json or prometheus/],
    [['--format'], /--format needs a value/],
    [['--kinds', 'helper'], /--kinds and --facts go with --format prometheus/],
    [
      ['--format', 'prometheus', '--kinds', 'helpers'],
      /"helpers" is not an item kind \(known: feature,helper,program-type,map-type,attach-type,kfunc, or all\)/,
    ],
    [['--format', 'prometheus', '--kinds', 'helper,helper'], /helper is named twice/],
    [['--format', 'prometheus', '--kinds', 'helper,'], /an empty kind/],
    [['--format', 'prometheus', '--facts', '/no/such/file'], /--facts \/no\/such\/file: not a readable file/],
    [['--frobnicate'], /unknown argument: --frobnicate/],
  ])('%j', async (args, message) => {
    const result = await script(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it.each([
    ['not JSON', '{"schemaVersion":1,', /the facts are not JSON: a missing key at byte 21/],
    ['JSON, not facts', '{"hello":"world"}', /not host facts \(schemaVersion 1\)/],
    ['trailing text', '{"schemaVersion":1,"facts":{}} x', /text after the document/],
  ])('--facts with %s', async (_, content, message) => {
    const path = join(work, 'bad.json');
    await writeFile(path, content);
    const result = await script(['--format', 'prometheus', '--facts', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('--help names the formats', async () => {
    const result = await script(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--format prometheus');
    expect(result.stdout).toContain('--kinds');
  });
});

describe.skipIf(!NODE_EXPORTER)("node_exporter's textfile collector", () => {
  it('serves the file as written, with no textfile error', async () => {
    const facts = await fixtureFacts('rhel8-418');
    const dir = await mkdtemp(join(work, 'textfile-'));
    await writeFile(join(dir, 'ebpf_digest.prom'), await scriptMetrics(facts));
    const port = 9190 + Math.floor(Math.random() * 10);
    const exporter = spawn(
      NODE_EXPORTER!,
      [
        `--web.listen-address=127.0.0.1:${port}`,
        `--collector.textfile.directory=${dir}`,
        '--collector.disable-defaults',
        '--collector.textfile',
      ],
      { stdio: 'ignore' },
    );
    try {
      let text = '';
      for (let i = 0; i < 50 && !text; i++) {
        text = await fetch(`http://127.0.0.1:${port}/metrics`)
          .then((r) => (r.ok ? r.text() : ''))
          .catch(() => '');
        if (!text) await new Promise((r) => setTimeout(r, 200));
      }
      const samples = parseExposition(
        text
          .split('\n')
          .filter((l) => !l.startsWith('go_') && !l.includes('{quantile'))
          .join('\n'),
      );
      expect(samples.find((s) => s.name === 'node_textfile_scrape_error')?.value).toBe('0');
      const expected = parseExposition(siteMetrics(facts));
      const served = samples.filter((s) => s.name.startsWith('ebpf_digest_'));
      expect(served).toHaveLength(expected.length);
      expect(served.find((s) => s.name === METRIC.hostInfo)?.labels.kernel).toBe('4.18.0-305.el8.x86_64');
      expect(served.find((s) => s.labels.id === 'bpf_ringbuf_output')?.value).toBe('1');
    } finally {
      exporter.kill('SIGTERM');
    }
  });
});
