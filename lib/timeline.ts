/**
 * The kernel timeline: every kernel version with eBPF changes, newest first, with the digest's
 * feature records and the catalog entries introduced in it. Pure.
 */
import type { CatalogEntry, CatalogKind } from './catalog/types';
import type { FeatureRecord } from './features/types';
import type { Category } from './features/vocabulary';
import { compareVersionStrings } from './kernel/version';

export interface TimelineVersion {
  version: string;
  releaseDate: string | null;
  records: FeatureRecord[];
  catalog: Record<CatalogKind, CatalogEntry[]>;
}

export interface TimelineFilter {
  categories?: Category[];
  kinds?: CatalogKind[];
  from?: string;
  to?: string;
  digestOnly?: boolean;
}

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

/** Applies a filter; versions left with nothing to show are dropped. */
export function filterTimeline(timeline: TimelineVersion[], filter: TimelineFilter): TimelineVersion[] {
  const inRange = (v: string) =>
    (!filter.from || compareVersionStrings(v, filter.from) >= 0) && (!filter.to || compareVersionStrings(v, filter.to) <= 0);
  return timeline
    .filter((v) => inRange(v.version))
    .map((v) => {
      const records = filter.categories?.length ? v.records.filter((r) => r.categories.some((c) => filter.categories!.includes(c))) : v.records;
      const catalog = emptyKinds();
      if (!filter.digestOnly && !filter.categories?.length) {
        for (const kind of Object.keys(catalog) as CatalogKind[]) {
          if (!filter.kinds?.length || filter.kinds.includes(kind)) catalog[kind] = v.catalog[kind];
        }
      }
      return { ...v, records, catalog };
    })
    .filter((v) => v.records.length > 0 || Object.values(v.catalog).some((list) => list.length > 0));
}
