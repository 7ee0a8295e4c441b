/** `/` sends the visitor to the language their browser prefers (Accept-Language), else zh. */
import { negotiateLang } from '@/lib/i18n/locale';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  const lang = negotiateLang(request.headers.get('accept-language'));
  return new Response(null, {
    status: 307,
    headers: { Location: `/${lang}`, Vary: 'Accept-Language', 'Cache-Control': 'private, no-store' },
  });
}
