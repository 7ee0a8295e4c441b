/** GET /[lang]/feed.xml: RSS 2.0, one item per issue with its features; generated at build time. */
import { LANGS } from '@/lib/features/types';
import { buildFeed } from '@/lib/feed';
import { isLang } from '@/lib/i18n/locale';
import { getContent } from '@/lib/server/data';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) return new Response('Not found', { status: 404 });
  return new Response(buildFeed(await getContent(), lang), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
