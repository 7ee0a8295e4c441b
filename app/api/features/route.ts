/** GET /api/features: every feature record, generated at build time. */
import { LANGS } from '@/lib/features/types';
import { getContent } from '@/lib/server/data';
import { paths } from '@/lib/site';

export const dynamic = 'force-static';

export async function GET() {
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
  return Response.json({ features });
}
