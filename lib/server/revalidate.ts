/**
 * Conditional GET for bodies made once per process (feeds, JSON, the search index, collect.sh): an
 * entity tag from the body, and 304 Not Modified when the client already has it (RFC 9110 §13.1.2).
 */
import { createHash } from 'node:crypto';

/** A strong entity tag for a body: quoted, 27 base64url characters of its SHA-256. */
export function entityTag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * Whether If-None-Match names `etag`: `*`, or any tag in the list compared weakly (a `W/` prefix,
 * which a compressing proxy may add, is ignored).
 */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/** 200 with the body, or 304 when the request already has it; both carry the tag and say "revalidate". */
export function revalidatedResponse(request: Request, body: string, etag: string, headers: Record<string, string>): Response {
  const caching = { ETag: etag, 'Cache-Control': 'public, max-age=0, must-revalidate' };
  if (ifNoneMatchHits(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers: caching });
  return new Response(body, { headers: { ...headers, ...caching } });
}
