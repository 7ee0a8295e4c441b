import type { MetadataRoute } from 'next';
import { explainerSlugs, issueNumbers } from '@/lib/content/queries';
import { CATALOG_KINDS } from '@/lib/catalog/types';
import { getCatalog, getContent } from '@/lib/server/data';
import { languageAlternates } from '@/lib/metadata';
import { once } from '@/lib/server/once';
import { absoluteUrl, CATALOG_SEGMENTS } from '@/lib/site';

// Served from the content the server has loaded anyway; not prerendered at build time.
export const dynamic = 'force-dynamic';

/** Every page, once, with its zh and en alternates. */
export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return entries();
}

const entries = once(async (): Promise<MetadataRoute.Sitemap> => {
  const content = await getContent();
  const rests = [
    '',
    '/issues',
    '/explainers',
    '/credits',
    ...issueNumbers(content).map((n) => `/issues/${n}`),
    ...content.records.map((r) => `/features/${r.id}`),
    ...explainerSlugs(content).map((s) => `/explainers/${s}`),
    ...CATALOG_KINDS.map((k) => `/${CATALOG_SEGMENTS[k]}`),
    ...getCatalog().entries.map((e) => `/${CATALOG_SEGMENTS[e.kind]}/${e.name}`),
  ];
  return rests.map((rest) => ({
    url: absoluteUrl(`/zh${rest}`),
    alternates: { languages: languageAlternates(rest) },
  }));
});
