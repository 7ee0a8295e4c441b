/**
 * Versions checked against the kernel's own order. Helper ids in `enum bpf_func_id` are assigned
 * in the order helpers were merged, so a helper cannot be older than one with a lower id nor newer
 * than one with a higher id; the same holds for the program, map and attach type enums (new
 * members are appended). The longest run of entries whose versions already follow
 * the ids is taken as the frame; an entry outside it, or one whose sources disagree, keeps the
 * claim that fits between its framed neighbours. Pure.
 */
import { compareVersionStrings } from '../kernel/version';
import type { CatalogEntry, CatalogSourceClaim, VersionSettlement } from './types';

interface Item {
  entry: CatalogEntry;
  id: number;
}

/** Indexes (into items) of one longest run whose versions never decrease: the entries in order. */
function longestInOrder(items: Item[]): Set<number> {
  const tails: number[] = []; // tails[k]: index of the smallest last version of a run of length k + 1
  const previous: number[] = new Array(items.length).fill(-1);
  for (let i = 0; i < items.length; i++) {
    const v = items[i]!.entry.kernel;
    // The first run whose last version is greater than v: v extends the one before it.
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareVersionStrings(items[tails[mid]!]!.entry.kernel, v) <= 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}

export interface VersionOrderResult {
  /** Entries whose version the order decided or confirmed, by name (apply with applyVersionOrder). */
  settled: Map<string, { claim: CatalogSourceClaim; settlement: VersionSettlement }>;
  /** Entries out of order that no source's claim puts back in order: for the person importing. */
  warnings: string[];
}

const fits = (v: string, low: string | undefined, high: string | undefined) =>
  (low === undefined || compareVersionStrings(low, v) <= 0) && (high === undefined || compareVersionStrings(v, high) <= 0);

export function checkVersionOrder(
  entries: readonly CatalogEntry[],
  helperIds: Readonly<Record<string, number>>,
  kind: CatalogEntry['kind'] = 'helper',
): VersionOrderResult {
  const items: Item[] = entries
    .filter((e) => e.kind === kind && Object.hasOwn(helperIds, e.name))
    .map((entry) => ({ entry, id: helperIds[entry.name]! }))
    .sort((a, b) => a.id - b.id);
  const inOrder = longestInOrder(items);
  const settled: VersionOrderResult['settled'] = new Map();
  const warnings: string[] = [];

  for (let i = 0; i < items.length; i++) {
    const { entry, id } = items[i]!;
    const ordered = inOrder.has(i);
    if (ordered && entry.sources.length < 2) continue;
    let p = i - 1;
    while (p >= 0 && !inOrder.has(p)) p--;
    let n = i + 1;
    while (n < items.length && !inOrder.has(n)) n++;
    const prev = p >= 0 ? items[p]! : undefined;
    const next = n < items.length ? items[n]! : undefined;
    const low = prev?.entry.kernel;
    const high = next?.entry.kernel;
    const claims = entry.sources;
    const fitting = claims.filter((c) => fits(c.kernel, low, high));
    const primary = claims[0]; // the claim the import took (ebpf-docs when it lists the entry)
    const neighbours = {
      id,
      ...(prev ? { previous: { name: prev.entry.name, id: prev.id, kernel: prev.entry.kernel } } : {}),
      ...(next ? { next: { name: next.entry.name, id: next.id, kernel: next.entry.kernel } } : {}),
    };
    if (fitting.length === 0) {
      const said = claims.map((c) => `${c.source} ${c.kernel}`).join(', ');
      warnings.push(
        `version order: ${kind} ${entry.name} (id ${id}): ${said} — none fits between ` +
          `${prev ? `${prev.entry.name} (id ${prev.id}, ${prev.entry.kernel})` : 'the start'} and ` +
          `${next ? `${next.entry.name} (id ${next.id}, ${next.entry.kernel})` : 'the end'}; kept ${entry.kernel}`,
      );
      continue;
    }
    if (new Set(claims.map((c) => c.kernel)).size < 2 && ordered) continue;
    // One claim fits: the order decides. Both fit: the order cannot tell; the usual precedence keeps the first.
    const kept = fitting.length === 1 || !fitting.includes(primary!) ? fitting[0]! : primary!;
    const rule = fitting.length === 1 ? 'order' : 'precedence';
    settled.set(entry.name, { claim: kept, settlement: { kept: kept.source, rule, ...neighbours } });
  }
  return { settled, warnings };
}
