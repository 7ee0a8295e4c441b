// @ts-check
/**
 * Reading pages (and the probe page) without Next's runtime. Such a page is HTML that needs
 * JavaScript only for its islands (components/islands.ts): the server takes Next's scripts,
 * preloads and flight data out of its render and puts in the islands bundle (scripts/build-islands.mjs), which mounts each
 * island from the props its box carries. A page whose flight data names a client component that
 * is not an island (the compare form) keeps Next's runtime, so nothing on it stops working.
 * The bundle's files are served from the build under /_islands/, named by their content: kept by
 * every cache for a year.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COMMON_SECURITY_HEADERS, NON_PAGE_CSP } from '../../config/security-headers.mjs';
import { pickCoding } from './http-cache.mjs';

/**
 * What scripts/build-islands.mjs wrote: the boot module's URL, and the exported names of every
 * client component that is not an island.
 * @typedef {{ boot: string, clientExports: string[] }} IslandsManifest
 */

/** Client components a page may name and still go without Next's runtime: they do nothing in the browser there. */
const STATIC_ON_READING_PAGES = new Set([
  'StaticPart', // keeps the HTML it was given (components/StaticPart.tsx)
  'LanguageSwitch', // its server-rendered link is final on a page without a query
  'NotFoundMessage', // the not-found boundary's; a page that is not a 200 is not rewritten
]);

/** Inline scripts of Next's runtime: flight data, and the bundler's chunk list. */
const NEXT_RUNTIME = /self\.__next_f|globalThis\["TURBOPACK"\]/;
const FLIGHT_SCRIPT = /<script\b[^>]*>self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g;

/**
 * The export names of the client components a page's flight data refers to (`id:I[module,
 * chunks, name]` rows; a name may be a `$id` reference to a string row).
 * @param {string} html
 * @returns {string[]}
 */
export function flightClientNames(html) {
  let flight = '';
  for (const match of html.matchAll(FLIGHT_SCRIPT)) {
    const [kind, text] = JSON.parse(/** @type {string} */ (match[1]));
    if (kind === 1 && typeof text === 'string') flight += text;
  }
  /** @type {Map<string, string>} */
  const rows = new Map();
  for (const line of flight.split('\n')) {
    const row = /^([0-9a-f]+):(.*)$/.exec(line);
    if (row) rows.set(/** @type {string} */ (row[1]), /** @type {string} */ (row[2]));
  }
  const names = new Set();
  for (const value of rows.values()) {
    if (!value.startsWith('I[')) continue;
    let name = JSON.parse(value.slice(1))[2];
    if (typeof name === 'string' && name.startsWith('$')) name = JSON.parse(rows.get(name.slice(1)) ?? 'null');
    if (typeof name === 'string') names.add(name);
  }
  return [...names];
}

/**
 * The page without Next's runtime and with the islands bundle, or the page as it was and why.
 * @param {string} html  a page as Next rendered it
 * @param {IslandsManifest} manifest
 * @param {string} [nonce]  the response's CSP nonce, for a page made per request (its CSP trusts
 *   scripts through the nonce alone: 'strict-dynamic')
 * @returns {{ html: string, withoutNext: true } | { html: string, withoutNext: false, why: string }}
 */
export function withoutNextRuntime(html, manifest, nonce) {
  if (!html.includes('self.__next_f')) return { html, withoutNext: false, why: 'no flight data' };
  const needsNext = flightClientNames(html).filter((name) => manifest.clientExports.includes(name) && !STATIC_ON_READING_PAGES.has(name));
  if (needsNext.length > 0) return { html, withoutNext: false, why: `client components that are not islands: ${needsNext.join(', ')}` };
  const rewritten = html
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi, (script, attributes, text) =>
      /\bsrc="\/_next\//.test(attributes) || NEXT_RUNTIME.test(text) ? '' : script,
    )
    .replace(/<link\b[^>]*\bas="script"[^>]*>/g, '')
    .replace('</head>', `<script type="module"${nonce ? ` nonce="${nonce}"` : ''} src="${manifest.boot}"></script></head>`);
  if (/\/_next\/static\/chunks\/[^"'\s>]*\.js\b|__next_f|TURBOPACK/.test(rewritten)) {
    return { html, withoutNext: false, why: "Next's scripts are written in a way this rewrite does not know" };
  }
  return { html: rewritten, withoutNext: true };
}

/** A year: the files are named by their content. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The islands bundle's files, read once from the build (`<distDir>/islands`), with their brotli
 * and gzip forms; `manifest` is null when the build has none (then every page keeps Next's runtime).
 * @param {string} dir
 */
export function loadIslands(dir) {
  /** @type {IslandsManifest | null} */
  let manifest = null;
  /** @type {Map<string, { identity: Buffer, br: Buffer, gzip: Buffer }>} */
  const files = new Map();
  try {
    manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.js')) continue;
      const file = path.join(dir, name);
      files.set(name, { identity: readFileSync(file), br: readFileSync(`${file}.br`), gzip: readFileSync(`${file}.gz`) });
    }
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
    manifest = null;
  }
  const prefix = manifest ? manifest.boot.slice(0, manifest.boot.lastIndexOf('/') + 1) : '/_islands/';
  return {
    manifest,
    /**
     * Answers a request for one of the files (GET or HEAD); false when the URL is not one.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     */
    serve(req, res) {
      const url = req.url ?? '';
      if (!url.startsWith(prefix)) return false;
      const file = files.get(url.slice(prefix.length));
      const headers = { ...COMMON_SECURITY_HEADERS, 'content-security-policy': NON_PAGE_CSP };
      if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
        res.writeHead(file ? 405 : 404, { ...headers, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        res.end(file ? 'GET or HEAD\n' : 'no such file\n');
        return true;
      }
      const coding = pickCoding(req.headers['accept-encoding']);
      const body = file[coding];
      res.writeHead(200, {
        ...headers,
        'content-type': 'text/javascript; charset=utf-8',
        'cache-control': IMMUTABLE,
        vary: 'Accept-Encoding',
        ...(coding === 'identity' ? {} : { 'content-encoding': coding }),
        'content-length': String(body.length),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    },
  };
}
