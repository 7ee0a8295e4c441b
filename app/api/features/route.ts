/**
 * GET /api/features: every feature record. Made once per process, on first use, from the content
 * the server has loaded anyway (not at build time, which would load it once more); revalidated by ETag.
 */
import { LANGS } from '@/lib/features/types';
import { entityTag, revalidatedResponse } from '@/lib/server/revalidate';
import { getContent } from '@/lib/server/data';
import { once } from '@/lib/server/once';
import { paths } from '@/lib/site';

export const dynamic = 'force-dynamic';

const body = once(async () => {
  const { records } = await getContent();
  const features = records.map((r) => ({
    id: r.id,
    issue: r.issue,
    kernel: r.kernel,
    landing: r.landing,
    categories: r.categories,
    helpers: r.helpers,
    apis: r.apis,
    title: Object.fromEntries(LANGS.map((lang) => [lang, r.text[lang]?.title ?? null])),
    url: paths.feature('zh', r.id),
    urls: Object.fromEntries(LANGS.map((lang) => [lang, paths.feature(lang, r.id)])),
  }));
  const json = JSON.stringify({ features });
  return { json, etag: entityTag(json) };
});

export async function GET(request: Request) {
  const { json, etag } = await body();
  return revalidatedResponse(request, json, etag, { 'Content-Type': 'application/json' });
}
