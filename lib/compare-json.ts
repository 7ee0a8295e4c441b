/** The JSON of GET /api/compare: a KernelComparison with titles and page URLs, ids instead of whole records. Pure. */
import type { KernelComparison } from './compare';
import { LANGS } from './features/types';
import { paths } from './site';

export function comparisonJson(c: KernelComparison) {
  const urls = (path: (lang: 'zh' | 'en') => string) => Object.fromEntries(LANGS.map((lang) => [lang, path(lang)]));
  return {
    from: c.from,
    to: c.to,
    range: `(${c.from}, ${c.to}]: after ${c.from}, up to and including ${c.to}`,
    versions: c.versions,
    counts: c.counts,
    features: c.features.map((r) => ({
      id: r.id,
      kernel: r.kernel,
      issue: r.issue,
      categories: r.categories,
      helpers: r.helpers,
      title: Object.fromEntries(LANGS.map((lang) => [lang, r.text[lang]?.title ?? null])),
      urls: urls((lang) => paths.feature(lang, r.id)),
    })),
    featuresByCategory: c.featuresByCategory.map((g) => ({
      category: g.category,
      count: g.records.length,
      ids: g.records.map((r) => r.id),
    })),
    catalog: c.catalogByKind.map((g) => ({
      kind: g.kind,
      count: g.entries.length,
      entries: g.entries.map((e) => ({
        name: e.name,
        kernel: e.kernel,
        commit: e.commit,
        urls: urls((lang) => paths.catalogEntry(lang, e.kind, e.name)),
      })),
    })),
  };
}
