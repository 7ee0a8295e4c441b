#!/usr/bin/env node
// Usage: npm run bench:load [-- --connections 200 --duration 10]
// Serves the current build (building first when needed) and puts 200 concurrent clients on
// /api/probe and /api/search for 10 s each (autocannon), then 20 on /metrics (scrapers). Prints requests/s, p50/p99 latency,
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
const ttlMs = Number(process.env.PROBE_CACHE_TTL_MS ?? 10_000) || 10_000;
// GET /metrics: 20 scrapers at once (Prometheus servers scrape a host over one connection each).
const METRICS_CLIENTS = 20;

/** RSS of the server: the largest process under our start script (`next-server`), from /proc. */
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

const { base, pid, stop } = await serveBuild();
try {
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
  const loadAvg = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(
    `bench:load: ${connections} connections × ${duration} s per route, Node ${process.version}, ${os.cpus().length} cores, load average ${loadAvg} (load tool and server share the machine)`,
  );
  const missed = [];
  const mb = (b) => `${(b / 1048576).toFixed(0)} MB`;
  for (const { title, result, hostReads, rss } of [baseline, ...runs]) {
    const fivexx = result['5xx'] ?? 0;
    if (fivexx > 0 && title !== '/robots.txt') missed.push(`${title}: ${fivexx} responses with 5xx`);
    // The cache window starts at the first read, so a run of `duration` s spans at most ⌈duration / ttl⌉ + 1 windows.
    const windows = Math.ceil((duration * 1000) / ttlMs) + 1;
    const readsHost = title === '/api/probe' || title === '/metrics';
    if (readsHost && hostReads > windows)
      missed.push(`${title}: ${hostReads} host reads in ${duration} s, more than once per ${ttlMs} ms window`);
    console.log(
      `${title.padEnd(12)} ${result.requests.average.toFixed(0).padStart(6)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  max ${result.latency.max} ms  ` +
        `requests ${result.requests.total}  errors ${result.errors}  timeouts ${result.timeouts}  non-2xx ${result.non2xx}  5xx ${fivexx}` +
        (readsHost ? `  host reads ${hostReads} (cache window ${ttlMs} ms: at most ${windows})` : '') +
        (title === '/metrics' ? `  (${METRICS_CLIENTS} clients)` : '') +
        `  RSS after ${mb(rss)}`,
    );
  }
  const ratio = after / before;
  if (!(ratio <= 1.2)) missed.push(`server RSS grew ${ratio.toFixed(2)}×`);
  console.log(
    `server RSS idle ${mb(idle)}; after /robots.txt (Next alone, none of our code) ${mb(baseline.rss)} (${(baseline.rss / idle).toFixed(2)}× idle); ` +
      `after a warm-up run per route ${mb(before)}; after the measured runs ${mb(after)}: ${ratio.toFixed(2)}× (target ≤ 1.2×)`,
  );
  console.log(
    'autocannon counts a request without an answer in 10 s as a timeout: under 200 connections Next leaves a few connections ' +
      'waiting that long, on a static file too (seen on /robots.txt); a Node http client does not see such waits on the same server.',
  );
  console.log(
    missed.length ? `MISSED: ${missed.join('; ')}` : 'targets met: no 5xx, host read once per cache window, RSS after ≤ 1.2× before',
  );
  if (missed.length) process.exitCode = 1;
} finally {
  stop();
}
