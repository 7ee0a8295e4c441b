/**
 * The kernel timeline: every kernel version with eBPF changes, newest first, with the digest's
 * feature records and the catalog entries introduced in it, and the filters over it. Pure.
 */
import { CATALOG_KINDS, type CatalogEntry, type CatalogKind } from './catalog/types';
import type { FeatureRecord } from './features/types';
import { isCategory, type Category } from './features/vocabulary';
import { compareVersionStrings, isMajorMinor } from './kernel/version';

export interface TimelineVersion {
  version: string;
  releaseDate: string | null;
  records: FeatureRecord[];
  catalog: Record<CatalogKind, CatalogEntry[]>;
}

/** What the timeline can show: digest features, or catalog entries of a kind. */
export const TIMELINE_KINDS = ['feature', ...CATALOG_KINDS] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineFilter {
  categories: Category[];
  kinds: TimelineKind[];
  from: string | null;
  to: string | null;
  digestOnly: boolean;
}

export const NO_FILTER: TimelineFilter = { categories: [], kinds: [], from: null, to: null, digestOnly: false };

const emptyKinds = (): Record<CatalogKind, CatalogEntry[]> => ({
  helper: [],
  'program-type': [],
  'map-type': [],
  'attach-type': [],
  kfunc: [],
});

export function buildTimeline(records: FeatureRecord[], entries: CatalogEntry[], releaseDates: Record<string, string>): TimelineVersion[] {
  const versions = new Map<string, TimelineVersion>();
  const at = (version: string) => {
    let v = versions.get(version);
    if (!v) {
      v = { version, releaseDate: releaseDates[version] ?? null, records: [], catalog: emptyKinds() };
      versions.set(version, v);
    }
    return v;
  };
  for (const r of records) if (r.kernel) at(r.kernel).records.push(r);
  for (const e of entries) at(e.kernel).catalog[e.kind].push(e);
  for (const v of versions.values()) for (const list of Object.values(v.catalog)) list.sort((a, b) => a.name.localeCompare(b.name));
  return [...versions.values()].sort((a, b) => compareVersionStrings(b.version, a.version));
}

/**
 * Applies a filter; versions left with nothing to show are dropped. Catalog entries have no
 * categories, so a category filter (like "digest only") shows digest features alone.
 */
export function filterTimeline(timeline: TimelineVersion[], filter: TimelineFilter): TimelineVersion[] {
  const inRange = (v: string) =>
    (!filter.from || compareVersionStrings(v, filter.from) >= 0) && (!filter.to || compareVersionStrings(v, filter.to) <= 0);
  const shows = (kind: TimelineKind) => filter.kinds.length === 0 || filter.kinds.includes(kind);
  const catalogShown = !filter.digestOnly && filter.categories.length === 0;
  return timeline
    .filter((v) => inRange(v.version))
    .map((v) => {
      const records = !shows('feature')
        ? []
        : filter.categories.length
          ? v.records.filter((r) => r.categories.some((c) => filter.categories.includes(c)))
          : v.records;
      const catalog = emptyKinds();
      if (catalogShown) for (const kind of CATALOG_KINDS) if (shows(kind)) catalog[kind] = v.catalog[kind];
      return { ...v, records, catalog };
    })
    .filter((v) => v.records.length > 0 || CATALOG_KINDS.some((kind) => v.catalog[kind].length > 0));
}

type Query = Record<string, string | string[] | undefined>;

const all = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);

/** Reads a filter from the page's query (`?category=security&kind=helper&from=5.4&to=5.15&digest=1`); ignores what is not valid. */
export function parseTimelineQuery(query: Query): TimelineFilter {
  const version = (value: string | string[] | undefined) => {
    const v = all(value)[0];
    return v && isMajorMinor(v) ? v : null;
  };
  let from = version(query.from);
  let to = version(query.to);
  if (from && to && compareVersionStrings(from, to) > 0) [from, to] = [to, from];
  return {
    categories: [...new Set(all(query.category).filter(isCategory))],
    kinds: [...new Set(all(query.kind).filter((k): k is TimelineKind => (TIMELINE_KINDS as readonly string[]).includes(k)))],
    from,
    to,
    digestOnly: all(query.digest)[0] === '1',
  };
}

export function isFiltered(filter: TimelineFilter): boolean {
  return filter.categories.length > 0 || filter.kinds.length > 0 || !!filter.from || !!filter.to || filter.digestOnly;
}
