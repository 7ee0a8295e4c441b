/** Language negotiation and route helpers. Pure. */
import { LANGS, type Lang } from '../features/types';

export const DEFAULT_LANG: Lang = 'zh';

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/** Each language as the standards tag it: BCP 47 (html `lang`, hreflang, RSS), Intl dates, Open Graph. */
const TAGS: Record<Lang, { html: string; dates: string; openGraph: string }> = {
  zh: { html: 'zh-CN', dates: 'zh-CN', openGraph: 'zh_CN' },
  // Day before month, as the English pages are written.
  en: { html: 'en', dates: 'en-GB', openGraph: 'en_US' },
};

/** The `lang` attribute (and hreflang, and the feed's language) of text in this language. */
export function htmlLang(lang: Lang): string {
  return TAGS[lang].html;
}

export function openGraphLocale(lang: Lang): string {
  return TAGS[lang].openGraph;
}

/** A date and time as a reader of this language writes it. */
export function formatDateTime(value: string | number | Date, lang: Lang): string {
  return new Date(value).toLocaleString(TAGS[lang].dates);
}

/**
 * Picks zh or en from an Accept-Language header by quality, falling back to zh.
 * `en-US,en;q=0.9,zh;q=0.8` → en; `fr, zh-CN;q=0.5` → zh; `fr` → zh.
 */
export function negotiateLang(header: string | null | undefined): Lang {
  if (!header) return DEFAULT_LANG;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { base: tag.trim().toLowerCase().split('-')[0], quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((r) => r.base).find(isLang) ?? DEFAULT_LANG;
}
