// @ts-check
/**
 * Reading pages, rendered once and served from that render (scripts/serve.mjs; which pages:
 * lib/reading-pages.mjs). A page is rendered on its first request — concurrent first requests
 * share that one render — and kept, compressed (brotli and gzip), with what makes it cacheable:
 * an ETag from the build and the bytes, Last-Modified, `Cache-Control: public, s-maxage…`, and a
 * CSP listing the SHA-256 of each of its inline scripts, computed from the HTML that is sent (the
 * render carries no nonce). One kept response is one render: its HTML, CSP and ETag always agree.
 * The process keeps the content it loaded, so nothing kept goes stale while it runs; a content
 * change is a restart, which starts with nothing kept. Least recently used pages are dropped
 * beyond `maxBytes` (and rendered again when asked for). A render that is not a 200 (an unknown
 * issue, a redirect) is sent to those who asked for it, with its hashes, and not kept.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { NO_STORE, PAGE_VARY, READING_PAGE_CACHE_CONTROL } from '../../config/page-caching.mjs';
import { staticPageCsp } from '../../config/security-headers.mjs';
import { entityTag, ifNoneMatchHits, notModifiedSince, pickCoding } from './http-cache.mjs';
import { inlineScriptHashes } from './inline-scripts.mjs';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * What Next answered for one render.
 * @typedef {{ status: number, headers: Record<string, string | string[] | undefined>, body: Buffer }} Rendered
 */

/**
 * One render, ready to send: a kept page holds its brotli and gzip bytes (identity is unzipped
 * for the rare client that wants it), a page that is not kept holds its bytes as they are.
 * @typedef {object} Page
 * @property {number} status
 * @property {Record<string, string | string[]>} headers
 * @property {string | null} etag  base tag (identity coding); null when not kept
 * @property {boolean} kept
 * @property {Buffer | null} body
 * @property {Buffer | null} br
 * @property {Buffer | null} gzip
 * @property {number} bytes  memory it holds
 */

/** Response headers of the render that the cache sets itself, or that belong to one connection. */
const NOT_KEPT_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'date',
  'etag',
  'last-modified',
  'cache-control',
  'vary',
  'content-security-policy',
]);

/** The entity tag of one coding of a body: Apache's way, the base tag with `-br` or `-gzip`. */
const codedTag = (/** @type {string} */ etag, /** @type {import('./http-cache.mjs').Coding} */ coding) =>
  coding === 'identity' ? etag : `${etag.slice(0, -1)}-${coding}"`;
const baseTag = (/** @type {string} */ tag) => tag.replace(/-(?:br|gzip)"$/, '"');

/**
 * @param {object} options
 * @param {(target: string) => Promise<Rendered>} options.render  one render of a page, without a nonce
 * @param {string} options.buildId  part of every ETag: a new build makes new tags even for the same bytes
 * @param {Date} options.lastModified  when what the pages are made of last changed
 * @param {number} [options.maxBytes]  memory for kept pages (compressed); default 256 MiB
 * @param {(target: string) => boolean} [options.keepable]  whether a target's page may be kept (else it
 *   is rendered for each request, as a page that is not a 200 is)
 * @param {(html: string) => string} [options.rewrite]  what a 200 page's HTML becomes before it is hashed and
 *   kept (scripts/serve.mjs: the page without Next's runtime, lib/server/islands.mjs)
 */
export function createPageCache({
  render,
  buildId,
  lastModified,
  maxBytes = 256 * 1024 * 1024,
  keepable = () => true,
  rewrite = (html) => html,
}) {
  /** @type {Map<string, Page>} in order of use, least recent first */
  const kept = new Map();
  /** @type {Map<string, Promise<Page>>} */
  const rendering = new Map();
  const stats = { renders: 0, hits: 0, keptBytes: 0 };
  const lastModifiedHeader = lastModified.toUTCString();

  /** @param {Rendered} rendered @returns {Promise<Page>} */
  async function prepare(rendered) {
    /** @type {Record<string, string | string[]>} */
    const headers = {};
    for (const [name, value] of Object.entries(rendered.headers)) {
      if (value !== undefined && !NOT_KEPT_HEADERS.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
    }
    const html200 = rendered.status === 200 && String(headers['content-type'] ?? '').startsWith('text/html');
    const html = html200 ? rewrite(rendered.body.toString('utf8')) : rendered.body.toString('utf8');
    const body = Buffer.from(html, 'utf8');
    headers['content-security-policy'] = staticPageCsp(inlineScriptHashes(html));
    headers.vary = PAGE_VARY;
    if (!html200 || headers['set-cookie']) {
      headers['cache-control'] = NO_STORE;
      return { status: rendered.status, headers, etag: null, kept: false, body, br: null, gzip: null, bytes: 0 };
    }
    const etag = entityTag(Buffer.concat([Buffer.from(`${buildId}\0`), body]));
    headers['cache-control'] = READING_PAGE_CACHE_CONTROL;
    headers['last-modified'] = lastModifiedHeader;
    const [br, gz] = await Promise.all([
      brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      gzip(body, { level: 9 }),
    ]);
    const bytes = br.length + gz.length + 2048;
    return { status: 200, headers, etag, kept: true, body: null, br, gzip: gz, bytes };
  }

  /** @param {string} target @param {Page} page */
  function keep(target, page) {
    kept.set(target, page);
    stats.keptBytes += page.bytes;
    for (const [oldest, old] of kept) {
      if (stats.keptBytes <= maxBytes || oldest === target) break;
      kept.delete(oldest);
      stats.keptBytes -= old.bytes;
    }
  }

  /**
   * The page for a request target: kept, being rendered, or rendered now.
   * @param {string} target
   * @returns {Promise<Page>}
   */
  function page(target) {
    const hit = kept.get(target);
    if (hit) {
      stats.hits++;
      kept.delete(target); // most recently used last
      kept.set(target, hit);
      return Promise.resolve(hit);
    }
    let pending = rendering.get(target);
    if (!pending) {
      stats.renders++;
      pending = render(target)
        .then(prepare)
        .then((made) => {
          if (made.kept && keepable(target)) keep(target, made);
          return made;
        })
        .finally(() => rendering.delete(target));
      rendering.set(target, pending);
    }
    return pending;
  }

  /**
   * Answers a GET or HEAD with the page: 304 when the request's validators match, else 200 (or
   * the render's status) in the best coding the client takes.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {Page} p
   */
  function send(req, res, p) {
    const coding = p.kept ? pickCoding(req.headers['accept-encoding']) : 'identity';
    const headers = { ...p.headers };
    if (p.etag) {
      const etag = codedTag(p.etag, coding);
      headers.etag = etag;
      const inm = req.headers['if-none-match'];
      const fresh = inm ? ifNoneMatchHits(inm, p.etag, baseTag) : notModifiedSince(req.headers['if-modified-since'], lastModified);
      if (fresh) {
        res.writeHead(304, { etag, 'cache-control': READING_PAGE_CACHE_CONTROL, 'last-modified': lastModifiedHeader, vary: PAGE_VARY });
        res.end();
        return;
      }
    }
    const body = coding === 'br' ? p.br : coding === 'gzip' ? p.gzip : (p.body ?? zlib.gunzipSync(/** @type {Buffer} */ (p.gzip)));
    if (coding !== 'identity') headers['content-encoding'] = coding;
    headers['content-length'] = String(body?.length ?? 0);
    res.writeHead(p.status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  return {
    /**
     * Serves a reading page request (GET or HEAD, no query). Rejects when the render fails.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     */
    async serve(req, res) {
      send(req, res, await page(req.url ?? '/'));
    },
    /** The page for a target (tests, warming). */
    page,
    stats: () => ({ ...stats, keptPages: kept.size }),
  };
}
