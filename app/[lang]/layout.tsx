import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { Island } from '@/components/Island';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { getDictionary } from '@/lib/i18n/dictionary';
import { hostBadgeLabels } from '@/lib/i18n/probe-labels';
import { htmlLang, isLang } from '@/lib/i18n/locale';
import { THEME_BOOT_SCRIPT } from '@/lib/theme';
import '../globals.css';

export default async function LangLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const t = getDictionary(lang);
  // A page rendered for a request has that request's CSP nonce; a reading page's one render has
  // none (scripts/serve.mjs puts the hashes of its inline scripts, this one included, in its CSP).
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    // The boot script sets data-theme before hydration: React must not warn about it.
    <html lang={htmlLang(lang)} suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-20 focus:bg-white focus:p-2 dark:focus:bg-slate-900"
        >
          {t.skipToContent}
        </a>
        <SiteHeader lang={lang} t={t} />
        <main id="main" className="mx-auto max-w-5xl px-4 pt-8">
          {children}
        </main>
        <SiteFooter lang={lang} t={t} />
        <Island name="HostBadges" props={{ lang, labels: hostBadgeLabels(lang) }} />
      </body>
    </html>
  );
}
