#!/usr/bin/env node
// Usage: npm run bench:load [-- --connections 200 --duration 10]
// Serves the current build (building first when needed) and puts 200 concurrent clients on
// /api/probe and /api/search for 10 s each (autocannon). Prints requests/s, p50/p99 latency,
// error and 5xx counts, how many times the host was actually read (from the Server-Timing
// header: `desc="load"`), and the server's memory (RSS) before and after.
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const connections = arg('connections', 200);
const duration = arg('duration', 10);
const port = process.env.PORT ?? '3180';
const base = `http://127.0.0.1:${port}`;

/** RSS of the server: the `next-server` process under our start script. */
function serverRss(rootPid) {
  const pids = execFileSync('ps', ['-o', 'pid=', '--ppid', String(rootPid)], { encoding: 'utf8' }).split(/\s+/).filter(Boolean);
  const all = [rootPid, ...pids.flatMap((p) => [p, ...execFileSync('ps', ['-o', 'pid=', '--ppid', p], { encoding: 'utf8' }).split(/\s+/).filter(Boolean)])];
  let rss = 0;
  for (const pid of all) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      rss = Math.max(rss, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
    } catch {
      // exited
    }
  }
  return rss;
}

async function waitFor(url) {
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

function load(title, path) {
  let hostReads = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${base}${path}`,
        connections,
        duration,
        setupClient(client) {
          client.on('headers', (headers) => {
            // autocannon gives headers as a flat [name, value, …] list.
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

const server = spawn(process.execPath, ['scripts/start.mjs'], { env: { ...process.env, PORT: port, HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'inherit'] });
try {
  await waitFor(`${base}/en`);
  // Warm both routes (first request loads content, catalog and the search index).
  await fetch(`${base}/api/probe`);
  await fetch(`${base}/api/search?q=warm`);
  const before = serverRss(server.pid);
  const runs = [];
  runs.push(await load('/api/probe', '/api/probe'));
  runs.push(await load('/api/search', '/api/search?q=bpf_ima_inode_hash'));
  const after = serverRss(server.pid);
  console.log(`bench:load: ${connections} connections × ${duration} s per route, Node ${process.version}`);
  for (const { title, result, hostReads } of runs) {
    const fivexx = result['5xx'] ?? 0;
    console.log(
      `${title.padEnd(12)} ${result.requests.average.toFixed(0).padStart(6)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  ` +
        `requests ${result.requests.total}  errors ${result.errors}  timeouts ${result.timeouts}  non-2xx ${result.non2xx}  5xx ${fivexx}` +
        (title === '/api/probe' ? `  host reads ${hostReads} (cache window ${process.env.PROBE_CACHE_TTL_MS ?? '10000'} ms)` : ''),
    );
  }
  const mb = (b) => `${(b / 1048576).toFixed(0)} MB`;
  console.log(`server RSS before ${mb(before)}, after ${mb(after)} (${(after / before).toFixed(2)}×; target ≤ 1.2×)`);
} finally {
  server.kill('SIGTERM');
}
