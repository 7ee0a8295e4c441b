/** Page metadata: canonical URL, hreflang alternates (with x-default), Open Graph and Twitter. */
import type { Metadata } from 'next';
import { LANGS, type Lang } from './features/types';
import { getDictionary } from './i18n/dictionary';
import { DEFAULT_LANG, htmlLang, openGraphLocale, otherLang } from './i18n/locale';
import { absoluteUrl } from './site';

/** A page's address in each language, keyed by hreflang. `rest` is the path after the language (`/issues/2`). */
export function languageAlternates(rest: string): Record<string, string> {
  return Object.fromEntries(LANGS.map((lang) => [htmlLang(lang), absoluteUrl(`/${lang}${rest}`)]));
}

/** `rest` is the path after the language, e.g. `/issues/2` ('' for the timeline). */
export function pageMetadata(lang: Lang, rest: string, title: string, description: string): Metadata {
  const t = getDictionary(lang);
  const url = absoluteUrl(`/${lang}${rest}`);
  return {
    title: rest === '' ? t.siteName : `${title} · ${t.siteName}`,
    description,
    metadataBase: new URL(absoluteUrl('/')),
    alternates: {
      canonical: url,
      languages: { ...languageAlternates(rest), 'x-default': absoluteUrl(`/${DEFAULT_LANG}${rest}`) },
      types: { 'application/rss+xml': absoluteUrl(`/${lang}/feed.xml`) },
    },
    openGraph: {
      title,
      description,
      url,
      siteName: t.siteName,
      locale: openGraphLocale(lang),
      alternateLocale: [openGraphLocale(otherLang(lang))],
      type: 'website',
    },
    twitter: { card: 'summary', title, description },
  };
}
