/** Lookups over the fact catalog. Pure: give it a Catalog (from loadCatalog or a test). */
import { groupBy } from '../group-by';
import { normaliseKernelVersion } from '../kernel/version';
import { compareNames, normaliseHelperName } from './names';
import type { Catalog, CatalogEntry, CatalogKind } from './types';

export interface CatalogIndex {
  /**
   * The entry with exactly this name (case-sensitive). Helpers are also found as
   * `BPF_FUNC_ima_inode_hash`, `ima_inode_hash` and `bpf_ima_inode_hash()`, the ways prose and
   * BTF write them.
   */
  byName(name: string): CatalogEntry | undefined;
  /** All entries of a kind, in name order. */
  byKind(kind: CatalogKind): CatalogEntry[];
  /** Entries introduced in this kernel (`5.11`; compared on major.minor), in name order; [] for a non-version. */
  introducedIn(version: string): CatalogEntry[];
}

/** The helper name a query may mean, or null. */
function helperNameFor(query: string): string | null {
  return normaliseHelperName(query) ?? normaliseHelperName(`bpf_${query}`);
}

export function createCatalogIndex(catalog: Catalog): CatalogIndex {
  const names = new Map<string, CatalogEntry>();
  const helpers = new Map<string, CatalogEntry>();
  for (const entry of catalog.entries) {
    // Names are unique across kinds today (prefixes differ; helpers and kfuncs do not share
    // names). Should that change, the first in catalog order (helpers first) wins.
    if (!names.has(entry.name)) names.set(entry.name, entry);
    if (entry.kind === 'helper') helpers.set(entry.name, entry);
  }
  const inNameOrder = [...catalog.entries].sort((a, b) => compareNames(a.name, b.name));
  const kinds = groupBy(inNameOrder, (e) => e.kind);
  const versions = groupBy(inNameOrder, (e) => normaliseKernelVersion(e.kernel));

  return {
    byName(name) {
      const exact = names.get(name);
      if (exact) return exact;
      const helper = helperNameFor(name);
      return helper ? helpers.get(helper) : undefined;
    },
    // Copies, so a caller sorting or filtering in place cannot reorder the index.
    byKind: (kind) => [...(kinds.get(kind) ?? [])],
    introducedIn(version) {
      const v = normaliseKernelVersion(version);
      return v ? [...(versions.get(v) ?? [])] : [];
    },
  };
}
