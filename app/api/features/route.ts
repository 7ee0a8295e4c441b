/**
 * GET /api/features: every feature record. Made once per process, on first use, from the content
 * the server has loaded anyway (not at build time, which would load it once more).
 */
import { LANGS } from '@/lib/features/types';
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
  return JSON.stringify({ features });
});

export async function GET() {
  return new Response(await body(), { headers: { 'Content-Type': 'application/json' } });
}
