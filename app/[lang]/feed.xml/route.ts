/**
 * GET /[lang]/feed.xml: RSS 2.0, one item per issue with its features. Made once per process and
 * language, on first use, from the content the server has loaded anyway.
 */
import { buildFeed } from '@/lib/feed';
import type { Lang } from '@/lib/features/types';
import { isLang } from '@/lib/i18n/locale';
import { getContent } from '@/lib/server/data';
import { once } from '@/lib/server/once';

export const dynamic = 'force-dynamic';

const feeds: Record<Lang, () => Promise<string>> = {
  zh: once(async () => buildFeed(await getContent(), 'zh')),
  en: once(async () => buildFeed(await getContent(), 'en')),
};

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) return new Response('Not found', { status: 404 });
  return new Response(await feeds[lang](), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
