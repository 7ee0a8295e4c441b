/**
 * GET /search-index.json: the serialised search index (both languages), built at build time. The
 * header search box fetches it the first time someone focuses or types in it.
 */
import { searchIndexFile } from '@/lib/search/server';

export const dynamic = 'force-static';

export async function GET() {
  return Response.json(await searchIndexFile());
}
