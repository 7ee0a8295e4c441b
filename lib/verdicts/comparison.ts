/**
 * Hosts side by side: the verdicts of several hosts (each kept host's facts, evaluated) as one
 * table of items × hosts — the digest's features first, then the catalog by kind — with the rows
 * where the verdicts differ marked and counted. Pure; the probe page builds it in the browser, the
 * exports read it.
 */
import type { HostVerdicts } from './host-verdicts';
import { ITEM_KINDS, type ItemKind, type Verdict } from './types';

export interface ComparedHost {
  name: string;
  kernel: string | null;
  distro: string | null;
  arch: string | null;
  btf: boolean | null;
  /** When the host's facts were collected. */
  collectedAt: string;
}

export interface ComparisonRow {
  kind: ItemKind;
  id: string;
  /** A feature's title in the page's language; catalog entries have their name only. */
  title: string | null;
  /** One per host, in the order of `hosts`; unknown when a host's verdicts have no such item. */
  verdicts: Verdict[];
  /** The hosts do not all have the same verdict. */
  differs: boolean;
}

export interface ComparisonGroup {
  kind: ItemKind;
  rows: ComparisonRow[];
  /** How many rows differ. */
  differing: number;
  /** Per host (order of `hosts`): how many rows it supports. */
  supported: number[];
}

export interface HostComparison {
  hosts: ComparedHost[];
  /** Features first, then catalog kinds; empty kinds left out. */
  groups: ComparisonGroup[];
  differing: number;
  total: number;
}

export interface EvaluatedHost {
  name: string;
  verdicts: HostVerdicts;
}

/**
 * The table for these hosts (at least one). Items come in the first host's order; an item only
 * some hosts have (verdicts made against different data) still gets a row.
 */
export function buildHostComparison(
  hosts: readonly EvaluatedHost[],
  featureTitles: ReadonlyMap<string, string> = new Map(),
): HostComparison {
  const key = (kind: ItemKind, id: string) => `${kind}:${id}`;
  const verdictMaps = hosts.map((h) => new Map(h.verdicts.features.map((item) => [key(item.kind, item.id), item.verdict])));
  const order = new Map<string, { kind: ItemKind; id: string }>();
  for (const h of hosts)
    for (const item of h.verdicts.features) if (!order.has(key(item.kind, item.id))) order.set(key(item.kind, item.id), item);

  const groups: ComparisonGroup[] = [];
  for (const kind of ITEM_KINDS) {
    const rows: ComparisonRow[] = [];
    for (const [k, item] of order) {
      if (item.kind !== kind) continue;
      const verdicts = verdictMaps.map((m) => m.get(k) ?? 'unknown');
      rows.push({
        kind,
        id: item.id,
        title: kind === 'feature' ? (featureTitles.get(item.id) ?? null) : null,
        verdicts,
        differs: verdicts.some((v) => v !== verdicts[0]),
      });
    }
    if (rows.length === 0) continue;
    groups.push({
      kind,
      rows,
      differing: rows.filter((r) => r.differs).length,
      supported: hosts.map((_, i) => rows.filter((r) => r.verdicts[i] === 'supported').length),
    });
  }

  return {
    hosts: hosts.map(({ name, verdicts }) => ({
      name,
      kernel: verdicts.host.kernel,
      distro: verdicts.host.distro,
      arch: verdicts.host.arch,
      btf: verdicts.host.btf,
      collectedAt: verdicts.collectedAt,
    })),
    groups,
    differing: groups.reduce((n, g) => n + g.differing, 0),
    total: groups.reduce((n, g) => n + g.rows.length, 0),
  };
}

/** The rows to show: all, or only those that differ. */
export function visibleRows(group: ComparisonGroup, differencesOnly: boolean): ComparisonRow[] {
  return differencesOnly ? group.rows.filter((r) => r.differs) : group.rows;
}
