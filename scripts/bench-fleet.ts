/**
 * Usage: npm run bench:fleet [-- --hosts 1000 --runs 10]
 * The fleet view against a Prometheus holding N simulated hosts (default 1,000): what one host
 * exports (series by default and with every kind), what those series cost Prometheus (head series
 * and resident memory, before and after they arrive), and how long each query, GET /api/fleet and
 * the /en/fleet page take (median and p95 of `--runs`, cache off) — without, then with, the
 * recording rule the README gives.
 *
 * The hosts are made from real verdicts — the fixture hosts' and this machine's, evaluated by the
 * site — under a spread of kernel releases and distributions, and served as one scrape target with
 * their own instance labels (honor_labels), as a federating Prometheus would see them. Prometheus
 * (Debian's) runs on a loopback port with a temporary TSDB; the site is the current build.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { loadCatalog } from '../lib/server/catalog';
import { createCatalogIndex } from '../lib/catalog/lookup';
import { loadContent } from '../lib/server/content/load-content';
import { collectHostFacts } from '../lib/server/collect/host-facts';
import { resolveHostRoots } from '../lib/server/collect/roots';
import { wantedNames } from '../lib/host-facts/wanted';
import { buildHostVerdicts, type HostVerdicts } from '../lib/verdicts/host-verdicts';
import { DEFAULT_METRIC_KINDS, renderHostMetrics } from '../lib/metrics/host-metrics';
import { FLEET_QUERIES, itemQuery } from '../lib/fleet/fleet';
import { recordingRulesExample } from '../lib/fleet/setup';
import { ITEM_KINDS } from '../lib/verdicts/types';
import { materializeHostFixture } from '../test/helpers/host-fixtures';
import { NO_PROMETHEUS_HELP, PROMETHEUS, promQuery, startPrometheus, waitForQuery } from './prometheus-run.mjs';
import { freePort, serveBuild } from './serve-build.mjs';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const HOSTS = arg('hosts', 1000);
const RUNS = arg('runs', 10);
const SCRAPE_INTERVAL = '10s';

if (!PROMETHEUS) {
  console.error(`bench:fleet: ${NO_PROMETHEUS_HELP}`);
  process.exit(1);
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
const gb = (bytes: number) => `${(bytes / 1073741824).toFixed(1)} GB`;

/** Real verdicts: every fixture host's and this machine's. */
async function realVerdicts(): Promise<HostVerdicts[]> {
  const catalog = loadCatalog();
  const { records } = await loadContent(createCatalogIndex(catalog));
  const wants = wantedNames(records, catalog.entries);
  const out: HostVerdicts[] = [];
  for (const name of ['linux-419', 'rhel8-418', 'linux-6x', 'container'] as const) {
    const host = await materializeHostFixture(name);
    try {
      out.push(buildHostVerdicts(await collectHostFacts({ roots: host.roots, ...wants }), records, catalog.entries, new Date()));
    } finally {
      await host.cleanup();
    }
  }
  if (process.platform === 'linux') {
    out.push(buildHostVerdicts(await collectHostFacts({ roots: resolveHostRoots({}), ...wants }), records, catalog.entries, new Date()));
  }
  return out;
}

const KERNELS = [
  ['4.18.0-553.el8_10.x86_64', 'Red Hat Enterprise Linux 8.10 (Ootpa)'],
  ['4.19.0-27-amd64', 'Debian GNU/Linux 10 (buster)'],
  ['5.4.0-186-generic', 'Ubuntu 20.04.6 LTS'],
  ['5.10.0-32-amd64', 'Debian GNU/Linux 11 (bullseye)'],
  ['5.15.0-119-generic', 'Ubuntu 22.04.4 LTS'],
  ['6.1.0-27-amd64', 'Debian GNU/Linux 12 (bookworm)'],
  ['6.8.0-45-generic', 'Ubuntu 24.04.1 LTS'],
  ['6.12.6-200.fc41.x86_64', 'Fedora Linux 41 (Server Edition)'],
] as const;

/** One exposition holding every simulated host's series, each line with its own job and instance. */
function fleetExposition(bases: HostVerdicts[], hosts: number): { text: string; seriesPerHost: number; seriesPerHostAll: number } {
  const lines: string[] = [];
  let seriesPerHost = 0;
  for (let i = 0; i < hosts; i++) {
    const [kernel, distro] = KERNELS[i % KERNELS.length]!;
    // Old kernels take the old hosts' verdicts, new ones the new hosts'.
    const old = i % KERNELS.length < 3;
    const base = bases[old ? i % 2 : 2 + (i % (bases.length - 2))]!;
    const text = renderHostMetrics(
      { ...base, host: { kernel, distro, arch: 'x86_64', btf: old ? false : true } },
      { kinds: DEFAULT_METRIC_KINDS, durationSeconds: 0.3 },
    );
    const instance = `sim-${String(i).padStart(5, '0')}.example:3000`;
    const samples = text.split('\n').filter((l) => l && !l.startsWith('#'));
    seriesPerHost = samples.length;
    for (const line of samples) {
      const [, name, labels, value] = /^([a-z_]+)(?:\{(.*)\})? (.+)$/.exec(line)!;
      lines.push(`${name}{job="ebpf-digest",instance="${instance}"${labels ? `,${labels}` : ''}} ${value}`);
    }
  }
  const all = renderHostMetrics(bases[0]!, { kinds: ITEM_KINDS, durationSeconds: 0.3 })
    .split('\n')
    .filter((l) => l && !l.startsWith('#')).length;
  return { text: lines.join('\n') + '\n', seriesPerHost, seriesPerHostAll: all };
}

/** A gauge of Prometheus's own, read from its /metrics now (not from its last self-scrape). */
async function ownMetric(base: string, name: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(' ')[1]) : NaN;
}

const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) * 1024;

async function timed(url: string): Promise<{ ms: number; status: number; queryMs?: number }> {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.text();
  const ms = performance.now() - started;
  const queryMs = response.headers.get('content-type')?.includes('json') ? (JSON.parse(body) as { queryMs?: number }).queryMs : undefined;
  return { ms, status: response.status, queryMs };
}

async function main() {
  const bases = await realVerdicts();
  const { text, seriesPerHost, seriesPerHostAll } = fleetExposition(bases, HOSTS);
  // Empty until armed, so Prometheus's memory is measured before the fleet's series and after.
  let armed = false;
  const target = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
    res.end(armed ? text : '');
  });
  const targetPort = Number(await freePort());
  await new Promise<void>((resolve) => target.listen(targetPort, '127.0.0.1', resolve));

  const promPort = await freePort();
  const prom = await startPrometheus({
    port: promPort,
    interval: SCRAPE_INTERVAL,
    jobs: [{ job: 'fleet', targets: [`127.0.0.1:${targetPort}`], honorLabels: true }],
  });
  let site: Awaited<ReturnType<typeof serveBuild>> | null = null;
  try {
    // Prometheus on its own first (one empty scrape in): its memory before the fleet's series arrive.
    await waitForQuery(prom.base, 'up{job="fleet"}', (r) => r[0]?.value[1] === '1', 60_000);
    const rssBefore = rssOf(prom.pid!);
    const seriesBefore = await ownMetric(prom.base, 'prometheus_tsdb_head_series');
    armed = true;
    await waitForQuery(prom.base, 'count(ebpf_digest_host_info)', (r) => Number(r[0]?.value[1]) === HOSTS, 180_000);
    // A few more scrapes, so the head holds samples and chunks as it would in steady use.
    await new Promise((resolve) => setTimeout(resolve, 35_000));
    const series = (await ownMetric(prom.base, 'prometheus_tsdb_head_series')) - seriesBefore;
    const rssAfter = rssOf(prom.pid!);
    const scrapeSeconds = Number((await promQuery(prom.base, 'scrape_duration_seconds{job="fleet"}'))[0]?.value[1]);
    const perSeries = (rssAfter - rssBefore) / series;

    process.env.PROMETHEUS_URL = prom.base;
    process.env.FLEET_CACHE_TTL_MS = '0';
    site = await serveBuild();
    const base = site.base;
    const urls = {
      'GET /api/fleet': `${base}/api/fleet`,
      'GET /api/fleet?item=…&group=kernel': `${base}/api/fleet?item=feature:bpf-ima-inode-hash&group=kernel`,
      'GET /en/fleet': `${base}/en/fleet`,
      'GET /en/fleet?item=…&group=kernel': `${base}/en/fleet?item=feature:bpf-ima-inode-hash&group=kernel`,
    };
    for (const url of Object.values(urls)) await timed(url); // warm: content, catalog, the page's code

    /** Each query on its own, one at a time (the site runs them in parallel), then the site's routes. */
    async function measure() {
      const queries = { ...FLEET_QUERIES, item: itemQuery({ kind: 'feature', id: 'bpf-ima-inode-hash' }) };
      const perQuery: Record<string, number[]> = {};
      for (let run = 0; run < 5; run++) {
        for (const [name, query] of Object.entries(queries)) {
          const started = performance.now();
          await promQuery(prom.base, query);
          (perQuery[name] ??= []).push(performance.now() - started);
        }
      }
      const results: Record<string, { ms: number[]; queryMs: number[]; status: Set<number> }> = {};
      for (let run = 0; run < RUNS; run++) {
        for (const [name, url] of Object.entries(urls)) {
          const r = await timed(url);
          results[name] ??= { ms: [], queryMs: [], status: new Set() };
          results[name].ms.push(r.ms);
          if (r.queryMs !== undefined) results[name].queryMs.push(r.queryMs);
          results[name].status.add(r.status);
        }
      }
      return { perQuery, results };
    }
    const counted = await measure();
    // The recording rule the README gives: the counts are read, not counted, on each view.
    await prom.setRules(recordingRulesExample(SCRAPE_INTERVAL));
    await waitForQuery(prom.base, FLEET_QUERIES.recorded, (r) => r.length > 0, 120_000);
    const recorded = await measure();

    const loadAvg = os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
    console.log(
      `bench:fleet: ${HOSTS} simulated hosts, Prometheus ${PROMETHEUS} (scrape every ${SCRAPE_INTERVAL}), Node ${process.version}, ` +
        `${os.cpus().length} cores, load average ${loadAvg} (Prometheus, the site and this script share the machine)`,
    );
    console.log(
      `series per host: ${seriesPerHost} by default (kinds ${DEFAULT_METRIC_KINDS.join(', ')}), ${seriesPerHostAll} with ?kinds=all`,
    );
    console.log(
      `Prometheus: ${series} head series for ${HOSTS} hosts; resident memory ${mb(rssBefore)} before, ${mb(rssAfter)} after: ` +
        `${(perSeries / 1024).toFixed(1)} kB per series → 10,000 hosts ≈ ${gb(perSeries * seriesPerHost * 10_000)} by default, ` +
        `≈ ${gb(perSeries * seriesPerHostAll * 10_000)} with every kind (head only; the TSDB on disk grows with retention). ` +
        `One scrape of all ${HOSTS} hosts' series took ${scrapeSeconds.toFixed(2)} s`,
    );
    const modes = { 'no recording rule': counted, 'with the recording rule': recorded };
    for (const [mode, { perQuery, results }] of Object.entries(modes)) {
      console.log(
        `${mode}: queries alone, p50 of 5: ${Object.entries(perQuery)
          .map(([name, ms]) => `${name} ${quantile(ms, 0.5).toFixed(0)} ms`)
          .join(', ')}`,
      );
      for (const [name, r] of Object.entries(results)) {
        const queries = r.queryMs.length ? `, Prometheus queries p50 ${quantile(r.queryMs, 0.5).toFixed(0)} ms` : '';
        console.log(
          `  ${name.padEnd(34)} p50 ${quantile(r.ms, 0.5).toFixed(0)} ms, p95 ${quantile(r.ms, 0.95).toFixed(0)} ms over ${RUNS} runs${queries}; status ${[...r.status].join(', ')}`,
        );
      }
    }
    const statuses = Object.values(modes).flatMap((m) => Object.values(m.results).flatMap((r) => [...r.status]));
    if (statuses.some((s) => s !== 200)) process.exitCode = 1;
  } finally {
    site?.stop();
    await prom.stop();
    target.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
