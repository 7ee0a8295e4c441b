import type { Metadata } from 'next';
import { DEFAULT_LANG, htmlLang } from '@/lib/i18n/locale';
import './globals.css';

export const metadata: Metadata = { title: '404 · eBPF Digest' };

/** For URLs outside /zh and /en: both languages, since there is no language to go by. */
export default function GlobalNotFound() {
  return (
    <html lang={htmlLang(DEFAULT_LANG)}>
      <body className="bg-white font-sans text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <main className="mx-auto max-w-xl px-4 py-24">
          <h1 className="text-2xl font-bold">页面不存在</h1>
          <p className="mt-2">
            <a href="/zh" className="underline">
              回到时间线
            </a>
          </p>
          <h2 lang="en" className="mt-8 text-2xl font-bold">
            Page not found
          </h2>
          <p lang="en" className="mt-2">
            <a href="/en" className="underline">
              Back to the timeline
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
