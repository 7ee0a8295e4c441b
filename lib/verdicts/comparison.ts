/**
 * Hosts side by side: kept host reports, each evaluated (a ProbeReport), as one table of items ×
 * hosts — the digest's features first, then the catalog by kind — with the rows where the verdicts
 * differ marked and counted. Pure; the probe page builds it in the browser, the exports read it.
 */
import { PROBE_ITEM_KINDS, type ProbeItemKind, type ProbeReport } from './host-verdicts';
import type { Verdict } from './rules';

export interface ComparedHost {
  name: string;
  kernel: string | null;
  distro: string | null;
  arch: string | null;
  btf: boolean | null;
  /** When the report was collected on the host. */
  collectedAt: string;
}

export interface ComparisonRow {
  kind: ProbeItemKind;
  id: string;
  /** A feature's title in the page's language; catalog entries have their name only. */
  title: string | null;
  /** One per host, in the order of `hosts`; unknown when a report has no such item. */
  verdicts: Verdict[];
  /** The hosts do not all have the same verdict. */
  differs: boolean;
}

export interface ComparisonGroup {
  kind: ProbeItemKind;
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
  report: ProbeReport;
}

/**
 * The table for these hosts (at least one). Items come in the first report's order; an item only
 * some reports have (reports evaluated against different data) still gets a row.
 */
export function buildHostComparison(hosts: readonly EvaluatedHost[], featureTitles: ReadonlyMap<string, string> = new Map()): HostComparison {
  const key = (kind: ProbeItemKind, id: string) => `${kind}:${id}`;
  const verdictMaps = hosts.map((h) => new Map(h.report.features.map((item) => [key(item.kind, item.id), item.verdict])));
  const order = new Map<string, { kind: ProbeItemKind; id: string }>();
  for (const h of hosts) for (const item of h.report.features) if (!order.has(key(item.kind, item.id))) order.set(key(item.kind, item.id), item);

  const groups: ComparisonGroup[] = [];
  for (const kind of PROBE_ITEM_KINDS) {
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
    hosts: hosts.map(({ name, report }) => ({
      name,
      kernel: report.host.kernel,
      distro: report.host.distro,
      arch: report.host.arch,
      btf: report.host.btf,
      collectedAt: report.collectedAt,
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
