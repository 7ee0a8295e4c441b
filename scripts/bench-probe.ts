/**
 * Usage: npm run bench:probe [-- --runs N] [-- --cold N] [-- --no-bpftool] [-- --no-script]
 * Times the host probe on this machine — collect (read the host) + evaluate (every feature and
 * catalog entry) — cold (the first probe of a fresh process, N processes) and warm (median of
 * N runs in one process), and a burst of 50 requests through the server's own handler (one host
 * read, one evaluation, one serialisation). When bpftool is
 * installed, times `bpftool -j feature probe` in the same run and lists the helpers on which the
 * two disagree, with the reason where it is known.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadCatalog } from '../lib/server/catalog';
import { createCatalogIndex } from '../lib/catalog/lookup';
import type { CatalogEntry } from '../lib/catalog/types';
import { loadContent } from '../lib/server/content/load-content';
import { collectHostFacts } from '../lib/server/collect/host-facts';
import { probeBootMemo } from '../lib/server/probe/memo';
import { buildHostVerdicts, type HostVerdicts } from '../lib/verdicts/host-verdicts';
import { wantedNames } from '../lib/host-facts/wanted';
import type { HostFacts } from '../lib/host-facts/schema';
import { evaluateProgramTypeCalls, type HelperCall } from '../lib/verdicts/program-types';
import type { ProgramTypeHelpers } from '../lib/catalog/types';

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
  return {
    records: content.records,
    entries: catalog.entries,
    programHelpers: catalog.programHelpers ?? {},
    wants: wantedNames(content.records, catalog.entries),
  };
}
type Inputs = Awaited<ReturnType<typeof inputs>>;

async function probeOnce({ records, entries, wants }: Inputs) {
  const t0 = performance.now();
  // As the server reads the host: the BTF and `ip -V` once per boot (the memo), the rest each time.
  const facts = await collectHostFacts({ ...wants, memo: probeBootMemo() });
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

/**
 * Fresh processes' first probes. `firstOfBoot`: with no boot memo on disk (PROBE_CACHE_DIR empty),
 * as the first probe after a reboot reads and walks the BTF; otherwise the memo the server keeps in
 * .cache/probe answers for it, as after a server restart.
 */
async function coldRuns(n: number, firstOfBoot: boolean) {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const runs: { collect: number; evaluate: number; total: number }[] = [];
  const env = firstOfBoot ? { ...process.env, PROBE_CACHE_DIR: '' } : process.env;
  for (let i = 0; i < n; i++) {
    const { stdout } = await run(process.execPath, [tsx, new URL(import.meta.url).pathname, '--cold-child'], { maxBuffer: 1 << 20, env });
    runs.push(JSON.parse(stdout));
  }
  return runs;
}

/**
 * The collector script under dash (as `curl … | sh` runs it on Debian), `n` runs, each right after a
 * run of bpftool (when given) so that both see the same load on a shared machine; compare medians.
 */
async function collectorScriptRuns(n: number, bpftool: string | null): Promise<{ script: number[]; bpftool: number[] } | null> {
  const dash = ['/usr/bin/dash', '/bin/dash'].find((p) => existsSync(p));
  if (!dash) return null;
  const script = fileURLToPath(new URL('./collect-host-facts.sh', import.meta.url));
  const times = { script: [] as number[], bpftool: [] as number[] };
  for (let i = 0; i < n; i++) {
    if (bpftool) {
      const t = performance.now();
      await run(bpftool, ['-j', 'feature', 'probe'], { maxBuffer: 64 << 20, timeout: 120_000 });
      times.bpftool.push(performance.now() - t);
    }
    const t = performance.now();
    await run(dash, [script], { maxBuffer: 16 << 20, timeout: 120_000 });
    times.script.push(performance.now() - t);
  }
  return times;
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

/** Why this probe says a (type, helper) pair is not callable: the evidence that decided it, in short. */
function whyNot(call: HelperCall): string {
  const codes = call.evidence.map((e) => e.code);
  if (codes.includes('calls.type_unavailable')) return 'the program type is not available here';
  if (codes.includes('btf.enum_member_missing')) return 'the helper is not in this kernel (BTF)';
  if (codes.includes('calls.excluded')) return 'the data excludes it for this type (the verifier refuses it)';
  if (codes.includes('calls.not_listed')) return 'the data does not list it for this type ("cannot use helper")';
  if (codes.includes('calls.not_listed_incomplete')) return 'not listed, and the data calls its list for this type unfinished (unknown)';
  if (codes.includes('calls.no_data')) return 'the data has no list for this type (unknown)';
  if (codes.includes('calls.since_unmet')) return 'the type may call it only from a later kernel';
  if (codes.includes('config.not_set')) return 'a config option it needs is not set';
  if (codes.includes('config.unknown')) return 'a config option it needs cannot be read (unknown)';
  if (codes.includes('calls.attach_type_missing')) return 'only from an attach type this kernel lacks';
  if (codes.some((c) => c.startsWith('calls.lockdown'))) return 'lockdown (refused or unknown)';
  return codes.join(', ');
}

/**
 * Per program type: the helpers bpftool lists against this probe's answer (lib/verdicts/program-types),
 * with the reasons they differ, counted. bpftool's lists come from loading a tiny program per
 * (type, helper) and taking any error but "invalid func" / "unknown func" as support.
 */
function compareProgramTypes(
  probe: BpftoolProbe,
  data: { entries: CatalogEntry[]; programHelpers: Record<string, ProgramTypeHelpers> },
  facts: HostFacts,
  bpftoolMaxId: number,
) {
  const btf = facts.facts.btf;
  const funcIds = btf.status === 'ok' && btf.value.present ? (btf.value.enums.bpf_func_id ?? []) : [];
  const idOf = (helper: string) => funcIds.indexOf(`BPF_FUNC_${helper.replace(/^bpf_/, '')}`);
  const rows: string[] = [];
  let pairs = 0;
  let differ = 0;
  for (const [key, list] of Object.entries(probe.helpers)) {
    const type = progTypeOf(key);
    const calls = evaluateProgramTypeCalls(type, data, facts);
    if (!calls) continue;
    const theirs = new Set(list);
    const reasons = new Map<string, number>();
    const count = (reason: string) => reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    let agree = 0;
    let here = 0;
    for (const call of calls.helpers) {
      if (call.verdict === 'supported') here++;
      const ours = call.verdict === 'supported';
      if (ours === theirs.has(call.name)) {
        agree++;
        continue;
      }
      if (ours) {
        if (list.length === 0) count('bpftool lists nothing for this type (it cannot load it without an attach target or config)');
        else if (FULL_ONLY.has(call.name)) count('bpftool probes it only with `full`');
        else if (idOf(call.name) > bpftoolMaxId) count('newer than this bpftool knows');
        else count('bpftool says no (unknown why)');
      } else count(`bpftool yes, here ${call.verdict}: ${whyNot(call)}`);
    }
    pairs += calls.helpers.length;
    differ += calls.helpers.length - agree;
    const detail = [...reasons]
      .sort((a, b) => b[1] - a[1])
      .map(([r, n]) => `      ${String(n).padStart(4)}  ${r}`)
      .join('\n');
    rows.push(
      `  ${type.padEnd(40)} bpftool ${String(list.length).padStart(3)}, here ${String(here).padStart(3)}, differ ${calls.helpers.length - agree}${detail ? `\n${detail}` : ''}`,
    );
  }
  return { rows, pairs, differ };
}

/** Why bpftool cannot create a type the kernel's enum lists, where known. */
function typeReason(name: string, probe: BpftoolProbe): string {
  if (['BPF_PROG_TYPE_TRACING', 'BPF_PROG_TYPE_EXT', 'BPF_PROG_TYPE_LSM'].includes(name))
    return 'needs an attach target (a BTF id) that bpftool does not give';
  if (name === 'BPF_PROG_TYPE_LIRC_MODE2' && probe.system_config?.CONFIG_BPF_LIRC_MODE2 == null) {
    return 'CONFIG_BPF_LIRC_MODE2 is not set: the enum lists it, this kernel cannot load it (the config gate says so too)';
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
  const warmRuns = option('runs', 20);
  const coldCount = option('cold', 5);
  console.log(
    `bench:probe on ${execFileSync('uname', ['-sr'], { encoding: 'utf8' }).trim()}, node ${process.version}, uid ${process.getuid?.()}`,
  );

  const firstOfBoot = await coldRuns(coldCount, true);
  const cold = await coldRuns(coldCount, false);
  const data = await inputs();
  const first = await probeOnce(data);
  for (let i = 0; i < 5; i++) await probeOnce(data); // a server that has answered before
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
  line('first probe of a boot', firstOfBoot);
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
  // GET /api/probe through the handler with the answer cache off (PROBE_CACHE_TTL_MS=0): every
  // request reads the host (BTF from the boot memo), evaluates and serialises.
  const savedTtl = process.env.PROBE_CACHE_TTL_MS;
  process.env.PROBE_CACHE_TTL_MS = '0';
  const handler: number[] = [];
  for (let i = 0; i < warmRuns + 5; i++) {
    const t = performance.now();
    const response = await handleProbeRequest(new Request('http://127.0.0.1/api/probe', { headers: { host: '127.0.0.1' } }), { env });
    await response.text();
    if (i >= 5) handler.push(performance.now() - t);
  }
  if (savedTtl === undefined) delete process.env.PROBE_CACHE_TTL_MS;
  else process.env.PROBE_CACHE_TTL_MS = savedTtl;
  const handlerMs = median(handler);
  console.log(`  handler, no answer cache ${ms(handlerMs)} median of ${handler.length} (read host + evaluate + serialise)`);

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
  const ourFirst = median(firstOfBoot.map((r) => r.total));
  console.log(`\n${version} (${bpftool}), as uid ${process.getuid?.()}:`);
  console.log(`  bpftool -j feature probe  ${ms(tool)} median of ${times.length}`);
  console.log(
    `  ratio bpftool / probe     ${(tool / handlerMs).toFixed(1)}× handler, ${(tool / ours).toFixed(1)}× warm, ` +
      `${(tool / ourCold).toFixed(1)}× cold, ${(tool / ourFirst).toFixed(1)}× first of a boot`,
  );
  const script = args.includes('--no-script') ? null : await collectorScriptRuns(5, bpftool);
  if (script) {
    const scriptMs = median(script.script);
    const toolMs = median(script.bpftool);
    console.log(
      `  collector script (dash)   ${ms(scriptMs)} median of ${script.script.length}, bpftool run before each ${ms(toolMs)}: ` +
        `${(scriptMs / toolMs).toFixed(1)}× bpftool's time`,
    );
  }

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
  const perType = compareProgramTypes(probe!, { entries: data.entries, programHelpers: data.programHelpers }, facts, cmp.bpftoolMaxId);
  console.log(
    `\nhelpers per program type (lib/verdicts/program-types against bpftool's per-type lists): ` +
      `${perType.differ} of ${perType.pairs} (type, helper) pairs differ`,
  );
  for (const row of perType.rows) console.log(row);
  const typeRows = compareTypes(probe!, verdicts);
  console.log(`\nprogram and map types where bpftool and BTF differ (${typeRows.length}):`);
  for (const row of typeRows) console.log(`  ${row}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
