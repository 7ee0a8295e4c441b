/**
 * GET /search-index.json: the serialised search index (both languages). The header search box
 * fetches it the first time someone focuses or types in it. Built once per process, on first use,
 * with the index the server searches (not at build time: the server builds it for its own search
 * anyway); revalidated by entity tag, so a browser downloads it again only when the content changed.
 */
import { revalidatedResponse } from '@/lib/server/revalidate';
import { searchIndexJson } from '@/lib/server/search';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const { json, etag } = await searchIndexJson();
  return revalidatedResponse(request, json, etag, { 'Content-Type': 'application/json' });
}
