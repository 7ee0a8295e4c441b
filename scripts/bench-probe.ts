/**
 * Usage: npm run bench:probe [-- --runs N] [-- --cold N] [-- --no-bpftool]
 * Times the host probe on this machine — collect (read the host) + evaluate (every feature and
 * catalog entry) — cold (the first probe of a fresh process, N processes) and warm (median of
 * N runs in one process), and a burst of 50 requests through the server's own handler (one host
 * read, one evaluation, one serialisation). When bpftool is
 * installed, times `bpftool -j feature probe` in the same run and lists the helpers on which the
 * two disagree, with the reason where it is known.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { loadCatalog } from '../lib/server/catalog';
import { createCatalogIndex } from '../lib/catalog/lookup';
import type { CatalogEntry } from '../lib/catalog/types';
import { loadContent } from '../lib/server/content/load-content';
import { collectHostFacts } from '../lib/server/collect/host-facts';
import { buildHostVerdicts, type HostVerdicts } from '../lib/verdicts/host-verdicts';
import { wantedNames } from '../lib/host-facts/wanted';
import type { HostFacts } from '../lib/host-facts/schema';

const run = promisify(execFile);
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function inputs() {
  const catalog = loadCatalog();
  const content = await loadContent(createCatalogIndex(catalog));
  if (content.problems.length) throw new Error(`content has ${content.problems.length} problems; run npm run content:check`);
  return { records: content.records, entries: catalog.entries, wants: wantedNames(content.records, catalog.entries) };
}
type Inputs = Awaited<ReturnType<typeof inputs>>;

async function probeOnce({ records, entries, wants }: Inputs) {
  const t0 = performance.now();
  const facts = await collectHostFacts(wants);
  const t1 = performance.now();
  const verdicts = buildHostVerdicts(facts, records, entries, new Date());
  const t2 = performance.now();
  return { facts, verdicts, collect: t1 - t0, evaluate: t2 - t1, total: t2 - t0 };
}

/** A fresh process's first probe (module init, JIT and lazily built indexes included). */
async function coldChild() {
  const data = await inputs();
  const { collect, evaluate, total } = await probeOnce(data);
  process.stdout.write(JSON.stringify({ collect, evaluate, total }));
}

async function coldRuns(n: number) {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const runs: { collect: number; evaluate: number; total: number }[] = [];
  for (let i = 0; i < n; i++) {
    const { stdout } = await run(process.execPath, [tsx, new URL(import.meta.url).pathname, '--cold-child'], { maxBuffer: 1 << 20 });
    runs.push(JSON.parse(stdout));
  }
  return runs;
}

// ---- bpftool ------------------------------------------------------------------------------

interface BpftoolProbe {
  system_config?: Record<string, string | number | null>;
  program_types: Record<string, boolean>;
  map_types: Record<string, boolean>;
  helpers: Record<string, string[]>;
}

function findBpftool(): string | null {
  for (const candidate of ['/usr/sbin/bpftool', '/usr/bin/bpftool', '/usr/local/sbin/bpftool']) {
    try {
      execFileSync(candidate, ['version'], { stdio: 'ignore', timeout: 5000 });
      return candidate;
    } catch {
      // next
    }
  }
  return null;
}

/** `have_lsm_prog_type` → BPF_PROG_TYPE_LSM; `lsm_available_helpers` → BPF_PROG_TYPE_LSM. */
const progTypeOf = (key: string) =>
  `BPF_PROG_TYPE_${key
    .replace(/^have_/, '')
    .replace(/_(prog_type|available_helpers)$/, '')
    .toUpperCase()}`;

// bpftool runs these only with `full`: they write warnings to the kernel log.
const FULL_ONLY = new Set(['bpf_trace_printk', 'bpf_probe_write_user', 'bpf_trace_vprintk']);

function compareHelpers(probe: BpftoolProbe, verdicts: HostVerdicts, facts: HostFacts, entries: CatalogEntry[]) {
  const bpftoolHelpers = new Set(Object.values(probe.helpers).flat());
  const ours = new Map(verdicts.features.filter((f) => f.kind === 'helper').map((f) => [f.id, f.verdict]));
  const btf = facts.facts.btf;
  const funcIds = btf.status === 'ok' && btf.value.present ? (btf.value.enums.bpf_func_id ?? []) : [];
  const idOf = (helper: string) => funcIds.indexOf(`BPF_FUNC_${helper.replace(/^bpf_/, '')}`);
  const bpftoolMaxId = Math.max(-1, ...[...bpftoolHelpers].map(idOf));
  const notLoaded = new Set(
    Object.entries(probe.program_types)
      .filter(([, ok]) => !ok)
      .map(([key]) => progTypeOf(key)),
  );
  const byName = new Map(entries.filter((e) => e.kind === 'helper').map((e) => [e.name, e]));

  const reasonFor = (helper: string): string => {
    if (FULL_ONLY.has(helper)) return 'bpftool probes it only with `full` (it writes to the kernel log)';
    const id = idOf(helper);
    if (id > bpftoolMaxId) return `newer than this bpftool: helper id ${id} > ${bpftoolMaxId}, the last id it knows`;
    const callers = byName.get(helper)?.programTypes ?? [];
    if (callers.length && callers.every((p) => notLoaded.has(p))) {
      return `callable only from ${callers.join(', ')}, which bpftool cannot load without an attach target`;
    }
    return 'unknown';
  };

  const onlyOurs = [...ours].filter(([name, v]) => v === 'supported' && !bpftoolHelpers.has(name)).map(([name]) => name);
  const onlyBpftool = [...bpftoolHelpers].filter((name) => ours.get(name) !== 'supported');

  // Per program type: what bpftool claims against what the catalog says may call each helper.
  const loaded = Object.entries(probe.helpers).filter(([key, list]) => !notLoaded.has(progTypeOf(key)) && list.length > 0);
  let overclaims = 0;
  for (const [key, list] of loaded) {
    const type = progTypeOf(key);
    for (const helper of list) {
      const callers = byName.get(helper)?.programTypes;
      if (callers && callers.length && !callers.includes(type)) overclaims++;
    }
  }
  const sizes = new Set(loaded.map(([, list]) => list.length));
  return {
    bpftoolCount: bpftoolHelpers.size,
    oursCount: [...ours.values()].filter((v) => v === 'supported').length,
    onlyOurs: onlyOurs.map((name) => ({ name, reason: reasonFor(name) })),
    onlyBpftool,
    bpftoolMaxId,
    notLoaded: [...notLoaded],
    perType: { loadedTypes: loaded.length, sameListForAll: sizes.size === 1, listSize: [...sizes][0] ?? 0, overclaims },
  };
}

/** Why bpftool cannot create a type the kernel's enum lists, where known. */
function typeReason(name: string, probe: BpftoolProbe): string {
  if (['BPF_PROG_TYPE_TRACING', 'BPF_PROG_TYPE_EXT', 'BPF_PROG_TYPE_LSM'].includes(name))
    return 'needs an attach target (a BTF id) that bpftool does not give';
  if (name === 'BPF_PROG_TYPE_LIRC_MODE2' && probe.system_config?.CONFIG_BPF_LIRC_MODE2 == null) {
    return 'CONFIG_BPF_LIRC_MODE2 is not set: the enum lists it, this kernel cannot load it (BTF cannot tell)';
  }
  return 'unknown';
}

function compareTypes(probe: BpftoolProbe, verdicts: HostVerdicts) {
  const ours = (kind: string) => new Map(verdicts.features.filter((f) => f.kind === kind).map((f) => [f.id, f.verdict]));
  const rows: string[] = [];
  for (const [kind, table, suffix, prefix] of [
    ['program-type', probe.program_types, '_prog_type', 'BPF_PROG_TYPE_'],
    ['map-type', probe.map_types, '_map_type', 'BPF_MAP_TYPE_'],
  ] as const) {
    const verdicts = ours(kind);
    for (const [key, has] of Object.entries(table)) {
      const name = `${prefix}${key
        .replace(/^have_/, '')
        .replace(suffix, '')
        .toUpperCase()}`;
      const our = verdicts.get(name);
      if (our === undefined) continue;
      if (has !== (our === 'supported'))
        rows.push(`${`${name}:`.padEnd(34)} bpftool ${has ? 'yes' : 'no'}, BTF ${our} — ${typeReason(name, probe)}`);
    }
  }
  return rows;
}

async function main() {
  if (args.includes('--cold-child')) return coldChild();
  if (process.platform !== 'linux') {
    console.log(`bench:probe: this is ${process.platform}, not Linux: nothing to probe.`);
    return;
  }
  const warmRuns = option('runs', 10);
  const coldCount = option('cold', 5);
  console.log(
    `bench:probe on ${execFileSync('uname', ['-sr'], { encoding: 'utf8' }).trim()}, node ${process.version}, uid ${process.getuid?.()}`,
  );

  const cold = await coldRuns(coldCount);
  const data = await inputs();
  const first = await probeOnce(data); // warms this process
  const warm = [];
  for (let i = 0; i < warmRuns; i++) warm.push(await probeOnce(data));
  const { verdicts, facts } = first;
  const items = verdicts.features.length;

  console.log(
    `\nprobe: ${items} items (${verdicts.coverage.feature.total} features, ${items - verdicts.coverage.feature.total} catalog entries)`,
  );
  const line = (label: string, runs: { collect: number; evaluate: number; total: number }[]) =>
    console.log(
      `  ${label.padEnd(22)} total ${ms(median(runs.map((r) => r.total))).padStart(9)}  (collect ${ms(median(runs.map((r) => r.collect)))}, evaluate ${ms(median(runs.map((r) => r.evaluate)))})  median of ${runs.length}, min ${ms(Math.min(...runs.map((r) => r.total)))}, max ${ms(Math.max(...runs.map((r) => r.total)))}`,
    );
  line('cold (fresh process)', cold);
  line('warm (same process)', warm);

  // A burst of 50 concurrent GET /api/probe through the server's own handler: one host read, one
  // evaluation and one serialisation, shared by every answer.
  const { handleProbeRequest, probeStats } = await import('../lib/server/probe');
  const env = { ...process.env, EBPF_DIGEST_LISTEN_HOST: '127.0.0.1' };
  const t0 = performance.now();
  const answers = await Promise.all(
    Array.from({ length: 50 }, () =>
      handleProbeRequest(new Request('http://127.0.0.1/api/probe', { headers: { host: '127.0.0.1' } }), { env }),
    ),
  );
  const bytes = (await Promise.all(answers.map((a) => a.text()))).reduce((sum, body) => sum + body.length, 0);
  const failed = answers.filter((a) => a.status !== 200).length;
  console.log(
    `  burst of 50 (server)    ${ms(performance.now() - t0)}, host reads: ${probeStats().hostReads}, ${(bytes / 50 / 1024).toFixed(0)} kB each${failed ? `, ${failed} not 200` : ''}`,
  );

  const bpftool = args.includes('--no-bpftool') ? null : findBpftool();
  if (!bpftool) {
    console.log('\nbpftool: not found (Debian package bpftool); no comparison.');
    return;
  }
  const version = execFileSync(bpftool, ['version'], { encoding: 'utf8' }).split('\n')[0];
  const times: number[] = [];
  let probe: BpftoolProbe | null = null;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    try {
      const { stdout } = await run(bpftool, ['-j', 'feature', 'probe'], { maxBuffer: 64 << 20, timeout: 120_000 });
      times.push(performance.now() - t);
      probe = JSON.parse(stdout) as BpftoolProbe;
    } catch (error) {
      console.log(
        `\n${bpftool} -j feature probe failed: ${(error as Error).message.split('\n')[0]} (it needs root or CAP_BPF+CAP_PERFMON)`,
      );
      return;
    }
  }
  const tool = median(times);
  const ours = median(warm.map((r) => r.total));
  const ourCold = median(cold.map((r) => r.total));
  console.log(`\n${version} (${bpftool}), as uid ${process.getuid?.()}:`);
  console.log(`  bpftool -j feature probe  ${ms(tool)} median of ${times.length}`);
  console.log(`  ratio bpftool / probe     ${(tool / ours).toFixed(1)}× warm, ${(tool / ourCold).toFixed(1)}× cold`);

  const cmp = compareHelpers(probe!, verdicts, facts, data.entries);
  console.log(`\nhelpers: BTF says ${cmp.oursCount} exist; bpftool lists ${cmp.bpftoolCount} (union over program types)`);
  console.log(`  program types bpftool could not load: ${cmp.notLoaded.join(', ') || 'none'}`);
  if (cmp.onlyOurs.length) {
    console.log(`  in BTF, not in bpftool (${cmp.onlyOurs.length}):`);
    for (const { name, reason } of cmp.onlyOurs) console.log(`    ${name.padEnd(28)} ${reason}`);
  }
  if (cmp.onlyBpftool.length) console.log(`  in bpftool, not in BTF (${cmp.onlyBpftool.length}): ${cmp.onlyBpftool.join(', ')}`);
  if (cmp.perType.sameListForAll && cmp.perType.loadedTypes > 1) {
    console.log(
      `  per program type: bpftool lists the same ${cmp.perType.listSize} helpers for all ${cmp.perType.loadedTypes} types it loaded — ` +
        `${cmp.perType.overclaims} (type, helper) pairs the catalog does not allow. Its libbpf takes any load error other than ` +
        `"invalid func"/"unknown func" as support, and this kernel's verifier says "program of this type cannot use helper".`,
    );
  } else {
    console.log(`  per program type: ${cmp.perType.overclaims} (type, helper) pairs bpftool allows that the catalog does not.`);
  }
  const typeRows = compareTypes(probe!, verdicts);
  console.log(`\nprogram and map types where bpftool and BTF differ (${typeRows.length}):`);
  for (const row of typeRows) console.log(`  ${row}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
