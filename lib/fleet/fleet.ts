/**
 * The fleet view: what Prometheus holds of many hosts' verdicts (the series of GET /metrics and of
 * `collect-host-facts.sh --format prometheus`), read back with a few instant queries and put
 * together as hosts, per-item counts, one item's hosts, and groups by kernel or distro. The
 * queries are fixed strings or built from a checked item (kind from the list, id by pattern, then
 * known to the site); the answers are checked against the HTTP API's shape. Pure: the server
 * (lib/server/fleet.ts) does the fetching, the page and GET /api/fleet show the result.
 */
import { z } from 'zod';
import { compareVersionStrings, parseKernelRelease } from '../kernel/version';
import { METRIC, VERDICT_VALUE } from '../metrics/host-metrics';
import { ITEM_KINDS, type ItemKind, type Verdict } from '../verdicts/types';

/**
 * The instant queries every fleet answer runs. The counts are one pass over every item series:
 * count_values makes the value (1, 0, -1) a label, so three verdicts cost one query, not three.
 * That pass is most of the work at thousands of hosts, so a recording rule (VERDICTS_RULE) can do
 * it ahead of time: `recorded` reads its result, and `verdicts` runs only when there is none.
 */
export const FLEET_QUERIES = {
  hosts: METRIC.hostInfo,
  lastSeen: `timestamp(${METRIC.hostInfo})`,
  factsAt: METRIC.lastSuccess,
  recorded: `kind_id:${METRIC.feature}:count_values`,
  verdicts: `count_values by (kind, id) ("verdict", ${METRIC.feature})`,
} as const;

/** The recording rule behind FLEET_QUERIES.recorded, for Prometheus's rule_files. */
export const VERDICTS_RULE = { record: FLEET_QUERIES.recorded, expr: FLEET_QUERIES.verdicts } as const;

export type FleetQueryName = keyof typeof FLEET_QUERIES;

export interface FleetItemRef {
  kind: ItemKind;
  id: string;
}

/** An item id as the metrics write it: a record id or a catalog name. */
const ITEM_ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

export type FleetGroupBy = 'kernel' | 'distro';
export const FLEET_GROUPS: readonly FleetGroupBy[] = ['kernel', 'distro'];

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** `?item=helper:bpf_ima_inode_hash`: absent or empty → null; a bad one names what is expected. */
export function parseFleetItem(raw: string | null | undefined): Parsed<FleetItemRef | null> {
  const text = (raw ?? '').trim();
  if (text === '') return { ok: true, value: null };
  const colon = text.indexOf(':');
  const kind = text.slice(0, colon);
  const id = text.slice(colon + 1);
  if (colon < 0 || !(ITEM_KINDS as readonly string[]).includes(kind) || !ITEM_ID.test(id)) {
    return {
      ok: false,
      message: `item: expected KIND:ID with KIND one of ${ITEM_KINDS.join(', ')} (such as helper:bpf_ima_inode_hash), not ${JSON.stringify(text.slice(0, 80))}`,
    };
  }
  return { ok: true, value: { kind: kind as ItemKind, id } };
}

/** `?group=kernel|distro`: absent or empty → null. */
export function parseFleetGroup(raw: string | null | undefined): Parsed<FleetGroupBy | null> {
  const text = (raw ?? '').trim();
  if (text === '') return { ok: true, value: null };
  if ((FLEET_GROUPS as readonly string[]).includes(text)) return { ok: true, value: text as FleetGroupBy };
  return { ok: false, message: `group: expected ${FLEET_GROUPS.join(' or ')}, not ${JSON.stringify(text.slice(0, 40))}` };
}

/** A PromQL string literal. */
export function promqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** The query for one item's series on every host; the ref must have passed parseFleetItem. */
export function itemQuery(item: FleetItemRef): string {
  if (!(ITEM_KINDS as readonly string[]).includes(item.kind) || !ITEM_ID.test(item.id)) throw new Error('itemQuery: an unchecked item');
  return `${METRIC.feature}{kind=${promqlString(item.kind)},id=${promqlString(item.id)}}`;
}

/** An instant vector as GET /api/v1/query answers it. */
const vectorAnswer = z.object({
  status: z.literal('success'),
  data: z.object({
    resultType: z.literal('vector'),
    result: z.array(z.object({ metric: z.record(z.string(), z.string()), value: z.tuple([z.number(), z.string()]) })),
  }),
});
export type VectorSample = z.infer<typeof vectorAnswer>['data']['result'][number];

/** The samples of a query answer, or why it is not one. */
export function parseVectorAnswer(json: unknown): Parsed<VectorSample[]> {
  const parsed = vectorAnswer.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data.data.result };
  const issue = parsed.error.issues[0]!;
  return { ok: false, message: `not an instant vector: ${issue.path.join('.') || '(top)'}: ${issue.message}` };
}

export interface FleetHost {
  job: string;
  instance: string;
  kernel: string;
  distro: string;
  arch: string;
  /** true, false or unknown, as the host says. */
  btf: string;
  /** When Prometheus last scraped the host (ISO). */
  lastSeen: string | null;
  /** When the host's facts were read (ISO): for a textfile, when the collector last ran. */
  factsAt: string | null;
}

export interface FleetItemCounts extends FleetItemRef {
  supported: number;
  unsupported: number;
  unknown: number;
  /** Hosts that export no series for the item (its kind is not among those they export). */
  unreported: number;
}

export type FleetVerdict = Verdict | 'unreported';

export interface FleetItemHosts extends FleetItemCounts {
  hosts: { job: string; instance: string; verdict: FleetVerdict }[];
}

export interface FleetGroup {
  /** The kernel release or distribution ('' when a host does not say). */
  value: string;
  hosts: number;
  /** With an item chosen: how the group's hosts stand on it. */
  item?: Record<FleetVerdict, number>;
}

export interface FleetReport {
  hosts: FleetHost[];
  items: FleetItemCounts[];
  item?: FleetItemHosts;
  groups?: { by: FleetGroupBy; groups: FleetGroup[] };
}

export interface FleetAnswers {
  hosts: VectorSample[];
  lastSeen: VectorSample[];
  factsAt: VectorSample[];
  /** Hosts per item and value: `{kind, id, verdict="1"|"0"|"-1"}` (recorded or counted now). */
  verdicts: VectorSample[];
  /** The chosen item's series, when one is chosen. */
  item?: VectorSample[];
}

const hostKey = (m: { job?: string; instance?: string }) => `${m.job ?? ''}\u0000${m.instance ?? ''}`;
const iso = (seconds: string | number) => {
  const ms = Number(seconds) * 1000;
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
};

/** Kernel releases in version order (unparsable ones after, by text); anything else by text. */
function compareGroupValues(by: FleetGroupBy, a: string, b: string): number {
  if (by === 'kernel') {
    const pa = parseKernelRelease(a);
    const pb = parseKernelRelease(b);
    if (pa && pb) {
      const byVersion = compareVersionStrings(a, b) || (pa.patch ?? 0) - (pb.patch ?? 0);
      if (byVersion) return byVersion;
    } else if (pa || pb) return pa ? -1 : 1;
  }
  return a.localeCompare(b);
}

/**
 * The answers of the fleet queries put together. `order` is the site's items in its order
 * (features, then the catalog): items come in that order, ones the site does not know after them.
 */
export function assembleFleet(
  answers: FleetAnswers,
  options: { order: readonly FleetItemRef[]; item?: FleetItemRef | null; groupBy?: FleetGroupBy | null },
): FleetReport {
  const lastSeen = new Map(answers.lastSeen.map((s) => [hostKey(s.metric), iso(s.value[1])]));
  const factsAt = new Map(answers.factsAt.map((s) => [hostKey(s.metric), iso(s.value[1])]));
  const seen = new Set<string>();
  const hosts: FleetHost[] = [];
  for (const { metric } of answers.hosts) {
    const key = hostKey(metric);
    if (seen.has(key)) continue;
    seen.add(key);
    hosts.push({
      job: metric.job ?? '',
      instance: metric.instance ?? '',
      kernel: metric.kernel ?? '',
      distro: metric.distro ?? '',
      arch: metric.arch ?? '',
      btf: metric.btf ?? '',
      lastSeen: lastSeen.get(key) ?? null,
      factsAt: factsAt.get(key) ?? null,
    });
  }
  hosts.sort((a, b) => a.instance.localeCompare(b.instance) || a.job.localeCompare(b.job));

  const verdictOfValue = new Map<string, Verdict>(
    Object.entries(VERDICT_VALUE).map(([verdict, value]) => [String(value), verdict as Verdict]),
  );
  const counts = new Map<string, FleetItemCounts>();
  const itemKey = (kind: string, id: string) => `${kind}\u0000${id}`;
  for (const { metric, value } of answers.verdicts) {
    const { kind, id } = metric;
    const verdict = verdictOfValue.get(String(Number(metric.verdict)));
    if (!kind || !id || !verdict || !(ITEM_KINDS as readonly string[]).includes(kind)) continue;
    const key = itemKey(kind, id);
    const entry = counts.get(key) ?? { kind: kind as ItemKind, id, supported: 0, unsupported: 0, unknown: 0, unreported: 0 };
    entry[verdict] += Number(value[1]) || 0;
    counts.set(key, entry);
  }
  const rank = new Map(options.order.map((ref, i) => [itemKey(ref.kind, ref.id), i]));
  const items = [...counts.values()]
    .map((c) => ({ ...c, unreported: Math.max(0, hosts.length - c.supported - c.unsupported - c.unknown) }))
    .sort((a, b) => {
      const ra = rank.get(itemKey(a.kind, a.id)) ?? Infinity;
      const rb = rank.get(itemKey(b.kind, b.id)) ?? Infinity;
      return ra - rb || ITEM_KINDS.indexOf(a.kind) - ITEM_KINDS.indexOf(b.kind) || a.id.localeCompare(b.id);
    });

  const report: FleetReport = { hosts, items };
  let verdictOf: Map<string, FleetVerdict> | null = null;
  if (options.item) {
    verdictOf = new Map((answers.item ?? []).map((s) => [hostKey(s.metric), verdictOfValue.get(String(Number(s.value[1]))) ?? 'unknown']));
    const list = hosts.map((h) => ({ job: h.job, instance: h.instance, verdict: verdictOf!.get(hostKey(h)) ?? ('unreported' as const) }));
    const count = (v: FleetVerdict) => list.filter((h) => h.verdict === v).length;
    report.item = {
      ...options.item,
      supported: count('supported'),
      unsupported: count('unsupported'),
      unknown: count('unknown'),
      unreported: count('unreported'),
      hosts: list,
    };
  }
  if (options.groupBy) {
    const by = options.groupBy;
    const groups = new Map<string, FleetGroup>();
    for (const host of hosts) {
      const value = host[by];
      const group = groups.get(value) ?? {
        value,
        hosts: 0,
        ...(verdictOf ? { item: { supported: 0, unsupported: 0, unknown: 0, unreported: 0 } } : {}),
      };
      group.hosts++;
      if (verdictOf && group.item) group.item[verdictOf.get(hostKey(host)) ?? 'unreported']++;
      groups.set(value, group);
    }
    report.groups = { by, groups: [...groups.values()].sort((a, b) => compareGroupValues(by, a.value, b.value)) };
  }
  return report;
}
