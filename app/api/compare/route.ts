/**
 * GET /api/compare?from=5.10&to=5.11: what landed after `from`, up to and including `to` — digest
 * features and catalog entries, grouped, with counts (lib/compare.ts). Static data, but dynamic
 * because of the query; a bad or missing version is a 400 with a message.
 */
import type { NextRequest } from 'next/server';
import { compareKernels, parseCompareRange } from '@/lib/compare';
import { comparisonJson } from '@/lib/compare-json';
import { getCatalog, getContent } from '@/lib/server/data';

export const runtime = 'nodejs';

export async function GET(request: NextRequest) {
  const query = request.nextUrl.searchParams;
  const range = parseCompareRange(query.get('from'), query.get('to'));
  if (!range.ok) {
    const { code, field, message } = range.error;
    return Response.json({ error: message, code, field }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  }
  const { records } = await getContent();
  const comparison = compareKernels(records, getCatalog().entries, range.from, range.to);
  return Response.json(comparisonJson(comparison), { headers: { 'Cache-Control': 'public, max-age=3600' } });
}
