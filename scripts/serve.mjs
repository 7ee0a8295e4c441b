#!/usr/bin/env node
// Usage: node scripts/serve.mjs   (npm start runs it after making sure the build is current)
// Env: PORT (3000), HOST (127.0.0.1), NEXT_DIST_DIR (.next), CONTENT_DIR (./content),
//      PAGE_CACHE_MB (256: memory for kept reading pages), and the probe's (PROBE_TOKEN, HOST_ROOT…).
// Serves the build with Next's request handler, and reading pages (lib/reading-pages.mjs) from
// lib/server/page-cache.mjs: each rendered once, on its first request, by asking Next for it
// without a nonce (a request only this process can make), then kept with the SHA-256 of its
// inline scripts in its CSP and sent with validators and a Cache-Control shared caches may keep.
// A kept page goes without Next's runtime when its only interactive parts are islands, and so does the
// probe page, which is made per request (its own nonce): the islands bundle (npm run build makes it,
// scripts/build-islands.mjs) is served under /_islands/.
// Everything else — search, filtered timeline, API, feeds, files — goes to Next as it comes.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import next from 'next';
import { PAGE_VARY, STATIC_RENDER_HEADER, STATIC_RENDER_VALUE } from '../config/page-caching.mjs';
import { isProbePageTarget, isReadingPageTarget } from '../lib/reading-pages.mjs';
import { pickCoding } from '../lib/server/http-cache.mjs';
import { loadIslands, withoutNextRuntime } from '../lib/server/islands.mjs';
import { createPageCache } from '../lib/server/page-cache.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
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
/** The same for the server's own render of a page made per request (the probe page): Next renders it as usual. */
const freshRenderSecret = randomBytes(24).toString('base64url');
const renderHost = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
const renderAgent = new http.Agent({ keepAlive: true, maxSockets: 8 });
const RENDER_TIMEOUT_MS = 60_000;

/**
 * One render of a page by Next, uncompressed: by default the reading page's one render, without a
 * nonce; with a reader's request headers, that reader's (with its own nonce).
 */
function render(target, headers = { [STATIC_RENDER_HEADER]: renderSecret, accept: 'text/html' }) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: renderHost,
        port,
        path: target,
        agent: renderAgent,
        timeout: RENDER_TIMEOUT_MS,
        headers: { ...headers, 'accept-encoding': 'identity' },
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
const islands = loadIslands(path.join(distDir, 'islands'));
const { manifest } = islands;
if (!manifest) console.warn(`serve: ${distDir} has no islands bundle (npm run build makes it): reading pages keep Next's runtime`);
const pages = createPageCache({
  render,
  buildId: readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8').trim(),
  lastModified: newestChange([path.join(distDir, 'BUILD_ID'), contentDir]),
  maxBytes,
  // Every reading page's own path is plain ASCII (ids, names, slugs): another spelling of it
  // (`%5F` for `_`) is answered but not kept, so spellings cannot crowd the pages out.
  keepable: (target) => !target.includes('%'),
  rewrite: manifest ? (html) => withoutNextOrSay(html) : undefined,
});

/** The page without Next's runtime, or as it was, saying why in the log (every reading page is expected to go without). */
function withoutNextOrSay(html, nonce) {
  const result = withoutNextRuntime(html, manifest, nonce);
  if (!result.withoutNext) console.warn(`serve: a page keeps Next's runtime: ${result.why}`);
  return result.html;
}

/** Request headers that belong to one connection: not passed on to the render. */
const HOP_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'accept-encoding', 'te', 'trailer']);

/**
 * The probe page, made for this request (its own nonce, not stored) and sent without Next's
 * runtime when its render allows (lib/server/islands.mjs), compressed as the client takes it.
 */
async function serveProbePage(req, res) {
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !HOP_HEADERS.has(name)));
  const rendered = await render(req.url ?? '/', { ...headers, [STATIC_RENDER_HEADER]: freshRenderSecret });
  const out = Object.fromEntries(
    Object.entries(rendered.headers).filter(([name]) => !HOP_HEADERS.has(name) && name !== 'content-length' && name !== 'content-encoding'),
  );
  let body = rendered.body;
  if (rendered.status === 200 && String(out['content-type'] ?? '').startsWith('text/html')) {
    const nonce = /'nonce-([^']+)'/.exec(String(out['content-security-policy'] ?? ''))?.[1];
    body = Buffer.from(withoutNextOrSay(body.toString('utf8'), nonce));
  }
  const coding = pickCoding(req.headers['accept-encoding']);
  if (coding === 'br') body = await brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } });
  else if (coding === 'gzip') body = await gzip(body);
  if (coding !== 'identity') out['content-encoding'] = coding;
  out.vary = PAGE_VARY;
  out['content-length'] = String(body.length);
  res.writeHead(rendered.status, out);
  res.end(req.method === 'HEAD' ? undefined : body);
}

server.on('request', (req, res) => {
  const marker = req.headers[STATIC_RENDER_HEADER];
  if (marker !== undefined) {
    if (marker === renderSecret) {
      req.headers[STATIC_RENDER_HEADER] = STATIC_RENDER_VALUE;
      return handle(req, res);
    }
    if (marker === freshRenderSecret) {
      delete req.headers[STATIC_RENDER_HEADER];
      return handle(req, res);
    }
    delete req.headers[STATIC_RENDER_HEADER]; // nobody else may ask for a page without a nonce
  }
  if (islands.serve(req, res)) return;
  const pageRequest =
    (req.method === 'GET' || req.method === 'HEAD') && !FLIGHT_REQUEST_HEADERS.some((name) => req.headers[name] !== undefined);
  if (pageRequest && manifest && isProbePageTarget(req.url ?? '')) {
    serveProbePage(req, res).catch((error) => {
      console.error(`serve: the probe page without Next's runtime failed, Next serves it: ${error?.message ?? error}`);
      if (!res.headersSent) handle(req, res);
      else res.destroy(error);
    });
    return;
  }
  const readingPage = pageRequest && isReadingPageTarget(req.url ?? '');
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
