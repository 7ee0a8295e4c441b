/**
 * GET /api/search?q=&lang=&kind=&category=&from=&to=&in=&limit=
 * → {"query","total","counts","results":[{"kind","id","title","url","kernel","score"}]}
 * The same engine and ranking as the search page and the header box.
 */
import { searchHitPath } from '@/lib/search/hit-path';
import { parseSearchApiParams } from '@/lib/search/params';
import { searchSite } from '@/lib/server/search';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

export async function GET(request: Request) {
  const parsed = parseSearchApiParams(new URL(request.url).searchParams);
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400, headers: HEADERS });
  const { request: search } = parsed;
  const outcome = await searchSite(search);
  return Response.json(
    {
      query: search.q,
      total: outcome.total,
      counts: outcome.counts,
      results: outcome.hits.map((h) => ({
        kind: h.kind,
        id: h.id,
        title: h.title,
        url: searchHitPath(search.lang, h),
        kernel: h.kernel,
        score: h.score,
      })),
    },
    { headers: HEADERS },
  );
}
