/** Page metadata: canonical URL, hreflang alternates (with x-default), Open Graph and Twitter. */
import type { Metadata } from 'next';
import type { Lang } from './features/types';
import { getDictionary } from './i18n/dictionary';
import { absoluteUrl } from './site';

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
      languages: {
        'zh-CN': absoluteUrl(`/zh${rest}`),
        en: absoluteUrl(`/en${rest}`),
        'x-default': absoluteUrl(`/zh${rest}`),
      },
      types: { 'application/rss+xml': absoluteUrl(`/${lang}/feed.xml`) },
    },
    openGraph: {
      title,
      description,
      url,
      siteName: t.siteName,
      locale: lang === 'zh' ? 'zh_CN' : 'en_US',
      alternateLocale: lang === 'zh' ? ['en_US'] : ['zh_CN'],
      type: 'website',
    },
    twitter: { card: 'summary', title, description },
  };
}
