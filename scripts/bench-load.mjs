#!/usr/bin/env node
// Usage: npm run bench:load [-- --only pages|api] [--page-connections 20 --page-duration 8] [--connections 200 --duration 10]
// Serves the current build (building first when needed; scripts/serve.mjs, as npm start does).
// Reading pages: 20 clients for 8 s each on a static file (/robots.txt, before and after the
// pages: their mean is the reference), /zh, /en/issues/2 and a helper page; prints requests/s and
// latency, and each page's rate as a share of the static file's, against the target ≥ 0.5 (pages
// are rendered once and then served from memory: the first request of each is made before).
// API: 200 concurrent clients on /api/probe and /api/search for 10 s each, then 20 on /metrics (scrapers). Prints requests/s, p50/p99 latency,
// error and 5xx counts, how many times the host was actually read (from the Server-Timing
// header: `desc="load"`), and the server's memory (RSS).
// Memory: Next's own server, serving a static file, grows from idle to a working set about twice its
// idle size at 200 connections (V8 heap and sockets; measured here first, on /robots.txt, which runs
// none of our code). So "before" is taken after a warm-up run of each route at full concurrency,
// and "after" after the measured runs: the target (≤ 1.2×) says memory does not keep growing
// under sustained load. Idle RSS is printed too. Exits 1 when a target is missed.
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';
import { serveBuild } from './serve-build.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const connections = arg('connections', 200);
const duration = arg('duration', 10);
const pageConnections = arg('page-connections', 20);
const pageDuration = arg('page-duration', 8);
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? process.argv[onlyIndex + 1] : null;
if (only && only !== 'pages' && only !== 'api') {
  console.error('bench:load: --only takes pages or api');
  process.exit(2);
}
/** The reading pages measured against a static file; the target share of its rate. */
const READING_PAGES = ['/zh', '/en/issues/2', '/en/helpers/bpf_ima_inode_hash'];
const STATIC_FILE = '/robots.txt';
const PAGE_TARGET = 0.5;
const ttlMs = Number(process.env.PROBE_CACHE_TTL_MS ?? 10_000) || 10_000;
// GET /metrics: 20 scrapers at once (Prometheus servers scrape a host over one connection each).
const METRICS_CLIENTS = 20;

/** RSS of the server: the largest process under our start script (scripts/serve.mjs, with Next in it), from /proc. */
function serverRss(rootPid) {
  const parentOf = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // /proc/PID/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // exited
    }
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parentOf) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let rss = 0;
  for (const pid of tree) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      rss = Math.max(rss, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
    } catch {
      // exited
    }
  }
  return rss;
}

function load(title, path, seconds = duration, clients = connections) {
  let hostReads = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${base}${path}`,
        // As a browser asks: compressed answers.
        headers: { 'accept-encoding': 'gzip, deflate, br' },
        connections: clients,
        duration: seconds,
        setupClient(client) {
          client.on('headers', (response) => {
            // autocannon 8 emits the parser's { statusCode, headers } with headers as a flat [name, value, …] list.
            const headers = Array.isArray(response) ? response : (response?.headers ?? []);
            for (let i = 0; i < headers.length; i += 2) {
              if (String(headers[i]).toLowerCase() === 'server-timing' && String(headers[i + 1]).includes('desc="load"')) hostReads++;
            }
          });
        },
      },
      (error, result) => (error ? reject(error) : resolve({ title, result, hostReads })),
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false });
  });
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const mb = (b) => `${(b / 1048576).toFixed(0)} MB`;
const line = (title, result, extra = '') =>
  `${title.padEnd(34)} ${result.requests.average.toFixed(0).padStart(6)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  max ${result.latency.max} ms  ` +
  `requests ${result.requests.total}  errors ${result.errors}  timeouts ${result.timeouts}  non-2xx ${result.non2xx}  5xx ${result['5xx'] ?? 0}${extra}`;

/** Reading pages against a static file, at few clients: the rate a reader's page is served at. */
async function readingPages(missed) {
  for (const path of READING_PAGES) {
    const response = await fetch(`${base}${path}`); // its one render
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    await response.arrayBuffer();
  }
  // A short warm-up of each (connections open, code paths hot), not measured.
  for (const path of [STATIC_FILE, ...READING_PAGES]) await load(path, path, 2, pageConnections);
  const before = await load(STATIC_FILE, STATIC_FILE, pageDuration, pageConnections);
  const pages = [];
  for (const path of READING_PAGES) pages.push(await load(path, path, pageDuration, pageConnections));
  const after = await load(STATIC_FILE, STATIC_FILE, pageDuration, pageConnections);
  const reference = (before.result.requests.average + after.result.requests.average) / 2;
  console.log(
    `bench:load, reading pages: ${pageConnections} connections × ${pageDuration} s per path, Node ${process.version}, ${os.cpus().length} cores, ` +
      `load average ${loadAverage()} (load tool and server share the machine)`,
  );
  console.log(line(`${STATIC_FILE} (static file, before)`, before.result));
  for (const { title, result } of pages) {
    const share = result.requests.average / reference;
    if (!(share >= PAGE_TARGET)) missed.push(`${title}: ${share.toFixed(2)} of the static file's rate (target ≥ ${PAGE_TARGET})`);
    if ((result['5xx'] ?? 0) > 0 || result.non2xx > 0) missed.push(`${title}: ${result.non2xx} non-2xx responses`);
    console.log(line(title, result, `  ${share.toFixed(2)} × the static file`));
  }
  console.log(line(`${STATIC_FILE} (static file, after)`, after.result));
  console.log(`reference: the static file's mean rate, ${reference.toFixed(0)} req/s; target: each reading page ≥ ${PAGE_TARGET} × that`);
}

/** The probe and search APIs at 200 clients: rate, host reads, memory. */
async function api(missed) {
  // Warm both routes (first request loads content, catalog and the search index).
  await fetch(`${base}/api/probe`);
  await fetch(`${base}/api/search?q=warm`);
  const idle = serverRss(pid);
  const baseline = { ...(await load('/robots.txt', '/robots.txt')), rss: serverRss(pid) };
  // Warm-up: the same runs as measured, so the working set of 200 requests in flight is in place.
  await load('/api/probe', '/api/probe');
  await load('/api/search', '/api/search?q=bpf_ima_inode_hash');
  const before = serverRss(pid);
  const runs = [];
  runs.push({ ...(await load('/api/probe', '/api/probe')), rss: serverRss(pid) });
  runs.push({ ...(await load('/api/search', '/api/search?q=bpf_ima_inode_hash')), rss: serverRss(pid) });
  const after = serverRss(pid);
  // After the memory measure: reads the probe's cache like /api/probe, so host reads stay one per window.
  runs.push({ ...(await load('/metrics', '/metrics', duration, METRICS_CLIENTS)), rss: serverRss(pid) });
  console.log(
    `bench:load, API: ${connections} connections × ${duration} s per route, Node ${process.version}, ${os.cpus().length} cores, load average ${loadAverage()} (load tool and server share the machine)`,
  );
  for (const { title, result, hostReads, rss } of [baseline, ...runs]) {
    const fivexx = result['5xx'] ?? 0;
    if (fivexx > 0 && title !== '/robots.txt') missed.push(`${title}: ${fivexx} responses with 5xx`);
    // The cache window starts at the first read, so a run of `duration` s spans at most ⌈duration / ttl⌉ + 1 windows.
    const windows = Math.ceil((duration * 1000) / ttlMs) + 1;
    const readsHost = title === '/api/probe' || title === '/metrics';
    if (readsHost && hostReads > windows)
      missed.push(`${title}: ${hostReads} host reads in ${duration} s, more than once per ${ttlMs} ms window`);
    console.log(
      line(
        title,
        result,
        (readsHost ? `  host reads ${hostReads} (cache window ${ttlMs} ms: at most ${windows})` : '') +
          (title === '/metrics' ? `  (${METRICS_CLIENTS} clients)` : ''),
      ) + `  RSS after ${mb(rss)}`,
    );
  }
  const ratio = after / before;
  if (!(ratio <= 1.2)) missed.push(`server RSS grew ${ratio.toFixed(2)}×`);
  console.log(
    `server RSS idle ${mb(idle)}; after /robots.txt ${mb(baseline.rss)} (${(baseline.rss / idle).toFixed(2)}× idle); ` +
      `after a warm-up run per route ${mb(before)}; after the measured runs ${mb(after)}: ${ratio.toFixed(2)}× (target ≤ 1.2×)`,
  );
  console.log(
    'autocannon counts a request without an answer in 10 s as a timeout: under 200 connections Next leaves a few connections ' +
      'waiting that long, on a static file too (seen on /robots.txt); a Node http client does not see such waits on the same server.',
  );
}

const { base, pid, stop } = await serveBuild();
try {
  const missed = [];
  if (only !== 'api') await readingPages(missed);
  if (only !== 'pages') await api(missed);
  console.log(missed.length ? `MISSED: ${missed.join('; ')}` : 'targets met');
  if (missed.length) process.exitCode = 1;
} finally {
  stop();
}
