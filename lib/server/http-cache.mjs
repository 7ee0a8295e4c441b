// @ts-check
/**
 * Entity tags, conditional GET and content coding (RFC 9110 §8.8.3, §13.1, §12.5.3): shared by the
 * route handlers that make a body once per process (lib/server/revalidate.ts), the reading pages'
 * cache (page-cache.mjs) and the islands' files (islands.mjs).
 * Plain JS so the server script uses it without a build.
 */
import { createHash } from 'node:crypto';

/**
 * A strong entity tag for a body: quoted, 27 base64url characters of its SHA-256.
 * @param {string | Uint8Array} body
 */
export function entityTag(body) {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * Whether If-None-Match names `etag`: `*`, or any tag in the list compared weakly (a `W/` prefix,
 * which a compressing proxy may add, is ignored). `sameAs` maps a listed tag to the tag it stands
 * for (the same body in another content coding).
 * @param {string | null | undefined} header
 * @param {string} etag
 * @param {(tag: string) => string} [sameAs]
 */
export function ifNoneMatchHits(header, etag, sameAs = (tag) => tag) {
  if (!header) return false;
  const opaque = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || sameAs(opaque(tag)) === opaque(etag));
}

/**
 * Whether If-Modified-Since says the client has the version of `lastModified` (whole seconds).
 * Only when there is no If-None-Match (RFC 9110 §13.1.3).
 * @param {string | null | undefined} header
 * @param {Date} lastModified
 */
export function notModifiedSince(header, lastModified) {
  if (!header) return false;
  const since = Date.parse(header);
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000);
}

/** @typedef {'br' | 'gzip' | 'identity'} Coding */

/**
 * The coding to send for an Accept-Encoding header: brotli, else gzip, else none.
 * @param {string | undefined} header
 * @returns {Coding}
 */
export function pickCoding(header) {
  /** @type {Map<string, number>} */
  const weights = new Map();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    weights.set(name.trim(), q ? Number(q.slice(2)) : 1);
  }
  const accepts = (/** @type {string} */ coding) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return 'identity';
}
