/**
 * GET /[lang]/feed.xml: RSS 2.0, one item per issue with its features. Made once per process and
 * language, on first use, from the content the server has loaded anyway; revalidated by ETag.
 */
import { buildFeed } from '@/lib/feed';
import { LANGS, type Lang } from '@/lib/features/types';
import { entityTag, revalidatedResponse } from '@/lib/server/revalidate';
import { isLang } from '@/lib/i18n/locale';
import { getContent } from '@/lib/server/data';
import { once } from '@/lib/server/once';

export const dynamic = 'force-dynamic';

const feeds = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    once(async () => {
      const xml = buildFeed(await getContent(), lang);
      return { xml, etag: entityTag(xml) };
    }),
  ]),
) as Record<Lang, () => Promise<{ xml: string; etag: string }>>;

export async function GET(request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) return new Response('Not found', { status: 404 });
  const { xml, etag } = await feeds[lang]();
  return revalidatedResponse(request, xml, etag, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
}
