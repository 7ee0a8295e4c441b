/**
 * Conditional GET for bodies made once per process (feeds, JSON, the search index, collect.sh): an
 * entity tag from the body, and 304 Not Modified when the client already has it (RFC 9110 §13.1.2).
 */
import { entityTag, ifNoneMatchHits } from './http-cache.mjs';

export { entityTag, ifNoneMatchHits };

/** 200 with the body, or 304 when the request already has it; both carry the tag and say "revalidate". */
export function revalidatedResponse(request: Request, body: string, etag: string, headers: Record<string, string>): Response {
  const caching = { ETag: etag, 'Cache-Control': 'public, max-age=0, must-revalidate' };
  if (ifNoneMatchHits(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers: caching });
  return new Response(body, { headers: { ...headers, ...caching } });
}
