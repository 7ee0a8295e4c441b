/** Site-wide settings. SITE_URL sets the absolute base for canonical URLs, feeds and the sitemap. */
import type { CatalogKind } from './catalog/types';
import type { Lang } from './features/types';

/** The URL segment of each catalog kind. */
export const CATALOG_SEGMENTS: Record<CatalogKind, string> = {
  helper: 'helpers',
  'program-type': 'program-types',
  'map-type': 'map-types',
  'attach-type': 'attach-types',
  kfunc: 'kfuncs',
};

const SITE_URL = (process.env.SITE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');

export function absoluteUrl(pathname: string): string {
  return `${SITE_URL}${pathname}`;
}

/** The id of an item's row on the probe page. */
export function probeAnchor(kind: 'feature' | CatalogKind, id: string): string {
  return `${kind}-${id}`;
}

/** Paths of the pages, in one place. */
export const paths = {
  home: (lang: Lang) => `/${lang}`,
  issues: (lang: Lang) => `/${lang}/issues`,
  issue: (lang: Lang, n: number) => `/${lang}/issues/${n}`,
  feature: (lang: Lang, id: string) => `/${lang}/features/${id}`,
  featureAnchor: (lang: Lang, issue: number, id: string) => `/${lang}/issues/${issue}#${id}`,
  explainers: (lang: Lang) => `/${lang}/explainers`,
  explainer: (lang: Lang, slug: string) => `/${lang}/explainers/${slug}`,
  helpers: (lang: Lang) => `/${lang}/helpers`,
  helper: (lang: Lang, name: string) => `/${lang}/helpers/${name}`,
  catalogIndex: (lang: Lang, kind: CatalogKind) => `/${lang}/${CATALOG_SEGMENTS[kind]}`,
  catalogEntry: (lang: Lang, kind: CatalogKind, name: string) => `/${lang}/${CATALOG_SEGMENTS[kind]}/${name}`,
  credits: (lang: Lang) => `/${lang}/credits`,
  probe: (lang: Lang) => `/${lang}/probe`,
  /** What a program type may call on this host (a query: readable without JavaScript). */
  probeProgramType: (lang: Lang, type?: string) => `/${lang}/probe/program-types${type ? `?type=${encodeURIComponent(type)}` : ''}`,
  probeProgramTypeApi: (type: string) => `/api/probe/program-types/${type}`,
  probeHelperCallersApi: (helper: string) => `/api/probe/helpers/${helper}`,
  fleet: (lang: Lang) => `/${lang}/fleet`,
  compare: (lang: Lang) => `/${lang}/compare`,
  compareRange: (lang: Lang, from: string, to: string) => `/${lang}/compare?from=${from}&to=${to}`,
  /** An item's row on the probe page: `#feature-<id>`, `#helper-<name>`, `#map-type-<name>`. */
  probeItem: (lang: Lang, kind: 'feature' | CatalogKind, id: string) => `/${lang}/probe#${probeAnchor(kind, id)}`,
  timelineVersion: (lang: Lang, version: string) => `/${lang}#v${version}`,
};
