#!/usr/bin/env node
// Usage: node scripts/serve.mjs   (npm start runs it after making sure the build is current)
// Env: PORT (3000), HOST (127.0.0.1), NEXT_DIST_DIR (.next), CONTENT_DIR (./content),
//      PAGE_CACHE_MB (256: memory for kept reading pages), and the probe's (PROBE_TOKEN, HOST_ROOT…).
// Serves the build with Next's request handler, and reading pages (lib/reading-pages.mjs) from
// lib/server/page-cache.mjs: each rendered once, on its first request, by asking Next for it
// without a nonce (a request only this process can make), then kept with the SHA-256 of its
// inline scripts in its CSP and sent with validators and a Cache-Control shared caches may keep.
// Everything else — probe, search, filtered timeline, API, feeds, files — goes to Next as it comes.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { STATIC_RENDER_HEADER, STATIC_RENDER_VALUE } from '../config/page-caching.mjs';
import { isReadingPageTarget } from '../lib/reading-pages.mjs';
import { createPageCache } from '../lib/server/page-cache.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const distDir = path.resolve(root, process.env.NEXT_DIST_DIR ?? '.next');
const contentDir = path.resolve(root, process.env.CONTENT_DIR ?? 'content');
const maxBytes = Number(process.env.PAGE_CACHE_MB ?? 256) * 1024 * 1024;

/** The newest modification time in these trees (files and folders: a deleted file changes its folder). */
function newestChange(entries) {
  let newest = 0;
  const walk = (entry) => {
    const stat = statSync(entry, { throwIfNoEntry: false });
    if (!stat) return;
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) for (const name of readdirSync(entry)) walk(path.join(entry, name));
  };
  entries.forEach(walk);
  return new Date(Math.floor(newest / 1000) * 1000);
}

// The probe decides from this whether it may answer without PROBE_TOKEN (npm start sets it too).
process.env.EBPF_DIGEST_LISTEN_HOST ??= host;

/** Only this process knows it: a request carrying it is the server's own render of a page. */
const renderSecret = randomBytes(24).toString('base64url');
const renderHost = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
const renderAgent = new http.Agent({ keepAlive: true, maxSockets: 8 });
const RENDER_TIMEOUT_MS = 60_000;

/** One render of a page by Next, uncompressed, without a nonce. */
function render(target) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: renderHost,
        port,
        path: target,
        agent: renderAgent,
        timeout: RENDER_TIMEOUT_MS,
        headers: { [STATIC_RENDER_HEADER]: renderSecret, 'accept-encoding': 'identity', accept: 'text/html' },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => resolve({ status: response.statusCode ?? 500, headers: response.headers, body: Buffer.concat(chunks) }));
      },
    );
    request.on('timeout', () => request.destroy(new Error(`rendering ${target} took over ${RENDER_TIMEOUT_MS / 1000} s`)));
    request.on('error', reject);
    request.end();
  });
}

/** Requests of Next's client router for flight data: Next answers them. */
const FLIGHT_REQUEST_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch'];

const server = http.createServer();
const app = next({ dev: false, dir: root, hostname: host, port, httpServer: server });
await app.prepare();
const handle = app.getRequestHandler();
const pages = createPageCache({
  render,
  buildId: readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8').trim(),
  lastModified: newestChange([path.join(distDir, 'BUILD_ID'), contentDir]),
  maxBytes,
  // Every reading page's own path is plain ASCII (ids, names, slugs): another spelling of it
  // (`%5F` for `_`) is answered but not kept, so spellings cannot crowd the pages out.
  keepable: (target) => !target.includes('%'),
});

server.on('request', (req, res) => {
  const marker = req.headers[STATIC_RENDER_HEADER];
  if (marker !== undefined) {
    if (marker === renderSecret) {
      req.headers[STATIC_RENDER_HEADER] = STATIC_RENDER_VALUE;
      return handle(req, res);
    }
    delete req.headers[STATIC_RENDER_HEADER]; // nobody else may ask for a page without a nonce
  }
  const readingPage =
    (req.method === 'GET' || req.method === 'HEAD') &&
    isReadingPageTarget(req.url ?? '') &&
    !FLIGHT_REQUEST_HEADERS.some((name) => req.headers[name] !== undefined);
  if (!readingPage) return handle(req, res);
  pages.serve(req, res).catch((error) => {
    // The reader still gets the page, rendered for them (with a nonce), as every page was before.
    console.error(`serve: rendering ${req.url} once failed, rendering it for this request: ${error?.message ?? error}`);
    if (!res.headersSent) handle(req, res);
    else res.destroy(error);
  });
});

server.listen(port, host, () => {
  console.log(
    `serve: http://${host.includes(':') ? `[${host}]` : host}:${port} (reading pages rendered once, up to ${maxBytes / 1048576} MiB kept)`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
