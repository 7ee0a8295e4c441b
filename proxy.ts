/**
 * Gives every page rendered for a request a fresh CSP nonce (Next.js puts it on its own scripts;
 * the layout puts it on ours) and the security headers; answers paths outside /zh and /en with a
 * bilingual 404. A reading page's one render (asked for by scripts/serve.mjs, which keeps it) gets
 * no nonce and a CSP that lets no inline script run: the server replaces it with the hashes of the
 * page's inline scripts. Other responses get their headers from next.config.js.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { STATIC_RENDER_HEADER, STATIC_RENDER_VALUE } from './config/page-caching.mjs';
import { COMMON_SECURITY_HEADERS, createNonce, pageCsp, staticPageCsp } from './config/security-headers.mjs';
import { isLang } from './lib/i18n/locale';
import { UNKNOWN_LANGUAGE_HTML } from './lib/unknown-language-page';

function withSecurityHeaders(response: NextResponse, csp: string): NextResponse {
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(COMMON_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export function proxy(request: NextRequest) {
  const renderedOnce = request.headers.get(STATIC_RENDER_HEADER) === STATIC_RENDER_VALUE;
  const nonce = renderedOnce ? null : createNonce();
  const csp = nonce ? pageCsp(nonce, process.env.NODE_ENV === 'development') : staticPageCsp([]);
  const first = request.nextUrl.pathname.split('/')[1];
  if (first && !isLang(first)) {
    const notFound = new NextResponse(UNKNOWN_LANGUAGE_HTML, { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    return withSecurityHeaders(notFound, csp);
  }
  if (!nonce) return withSecurityHeaders(NextResponse.next(), csp);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp);
}

export const config = {
  matcher: [
    {
      // Pages only: API routes, feeds, static files and metadata files are not HTML.
      source:
        '/((?!api/|_next/static|_next/image|favicon.ico|icon|sitemap.xml|robots.txt|humans.txt|collect.sh|search-index|metrics$|.*\\.xml$).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
