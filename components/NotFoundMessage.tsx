'use client';
/** The 404 text in the language of the requested path (not-found pages receive no params). */
import { usePathname } from 'next/navigation';
import { htmlLang } from '@/lib/i18n/locale';

type Texts = { title: string; text: string; back: string };

export function NotFoundMessage({ zh, en }: { zh: Texts; en: Texts }) {
  const lang = usePathname()?.startsWith('/en') ? 'en' : 'zh';
  const t = lang === 'en' ? en : zh;
  return (
    <div className="py-16" lang={htmlLang(lang)}>
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t.text}</p>
      <p className="mt-6">
        <a href={`/${lang}`} className="text-accent-600 underline dark:text-accent-300">
          {t.back}
        </a>
      </p>
    </div>
  );
}
