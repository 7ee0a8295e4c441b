/**
 * A host's verdicts as Prometheus metrics (text exposition format 0.0.4): what `GET /metrics`
 * serves and what `collect-host-facts.sh --format prometheus` writes for node_exporter's textfile
 * collector — the same lines for the same facts (the script's awk evaluator is tested equal).
 *
 *   ebpf_digest_host_info{kernel,distro,arch,btf} 1
 *   ebpf_digest_feature{id,kind}   1 supported, 0 unsupported, -1 unknown (one series per item)
 *   ebpf_digest_items{kind,verdict} how many items of a kind have that verdict (every item, exported or not)
 *   ebpf_digest_probe_duration_seconds, ebpf_digest_probe_last_success_timestamp_seconds
 *
 * Unknown is a value (-1) of the item's one series, not a series of its own: a verdict that changes
 * changes a value, never which series exist. Pure.
 */
import type { HostSummary } from '../verdicts/host-verdicts';
import { ITEM_KINDS, type ItemKind, type Verdict, type VerdictItem } from '../verdicts/types';

export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

export const METRIC = {
  hostInfo: 'ebpf_digest_host_info',
  feature: 'ebpf_digest_feature',
  items: 'ebpf_digest_items',
  duration: 'ebpf_digest_probe_duration_seconds',
  lastSuccess: 'ebpf_digest_probe_last_success_timestamp_seconds',
} as const;

/** The value of `ebpf_digest_feature` for each verdict. */
export const VERDICT_VALUE: Record<Verdict, number> = { supported: 1, unsupported: 0, unknown: -1 };
const VERDICTS: readonly Verdict[] = ['supported', 'unsupported', 'unknown'];

/**
 * Kinds exported item by item unless asked otherwise: the digest's records and the program and
 * map types (~125 series). Helpers (~210), attach types (~50) and kfuncs (~320) on request
 * (`?kinds=`, `--kinds`); their counts are always in `ebpf_digest_items`.
 */
export const DEFAULT_METRIC_KINDS: readonly ItemKind[] = ['feature', 'program-type', 'map-type'];

export type KindsChoice = { ok: true; kinds: ItemKind[] } | { ok: false; message: string };

/**
 * `?kinds=` / `--kinds`: a comma-separated list of item kinds, or `all`; absent or empty → the
 * default. Unknown or repeated names are an error that names the known ones.
 */
export function parseMetricKinds(raw: string | null | undefined): KindsChoice {
  const text = (raw ?? '').trim();
  if (text === '') return { ok: true, kinds: [...DEFAULT_METRIC_KINDS] };
  if (text === 'all') return { ok: true, kinds: [...ITEM_KINDS] };
  const asked = text.split(',').map((k) => k.trim());
  const known = `known kinds: ${ITEM_KINDS.join(', ')}, or all`;
  const bad = asked.find((k) => !(ITEM_KINDS as readonly string[]).includes(k));
  if (bad !== undefined) return { ok: false, message: `kinds: ${JSON.stringify(bad.slice(0, 40))} is not an item kind (${known})` };
  if (new Set(asked).size !== asked.length) return { ok: false, message: `kinds: a kind is named twice (${known})` };
  // In the one order every exposition uses, whatever order they were asked in.
  return { ok: true, kinds: ITEM_KINDS.filter((k) => asked.includes(k)) };
}

/** A label value as the exposition format writes it: backslash, double quote and newline escaped. */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** Seconds since the epoch of an ISO time, written exactly (no float noise): `1764270000.123`. */
export function epochSeconds(iso: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) throw new Error(`not a time: ${JSON.stringify(iso)}`);
  const whole = Math.floor(ms / 1000);
  const fraction = String(ms - whole * 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

export interface HostMetricsInput {
  host: Pick<HostSummary, 'kernel' | 'distro' | 'arch' | 'btf'>;
  /** Every item with its verdict, in the evaluator's order. */
  features: readonly Pick<VerdictItem, 'id' | 'kind' | 'verdict'>[];
  collectedAt: string;
}

export interface HostMetricsOptions {
  kinds: readonly ItemKind[];
  /** How long reading the host and evaluating took; left out when nobody timed it. */
  durationSeconds?: number;
}

function family(lines: string[], name: string, help: string) {
  lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`);
}

const labels = (pairs: Record<string, string>) =>
  `{${Object.entries(pairs)
    .map(([k, v]) => `${k}="${escapeLabelValue(v)}"`)
    .join(',')}}`;

/** The exposition text, one family after another, ending with a newline. */
export function renderHostMetrics(input: HostMetricsInput, options: HostMetricsOptions): string {
  const lines: string[] = [];
  const { host } = input;
  family(lines, METRIC.hostInfo, 'The host the verdicts are about (always 1): kernel release, distribution, architecture, kernel BTF.');
  const btf = host.btf === null ? 'unknown' : String(host.btf);
  lines.push(`${METRIC.hostInfo}${labels({ kernel: host.kernel ?? '', distro: host.distro ?? '', arch: host.arch ?? '', btf })} 1`);

  family(lines, METRIC.feature, 'Verdict per digest record or catalog entry: 1 supported, 0 unsupported, -1 unknown.');
  const wanted = new Set(options.kinds);
  for (const item of input.features) {
    if (wanted.has(item.kind)) lines.push(`${METRIC.feature}${labels({ id: item.id, kind: item.kind })} ${VERDICT_VALUE[item.verdict]}`);
  }

  family(lines, METRIC.items, 'Items of each kind with each verdict on the host (every item, exported one by one or not).');
  const counts = new Map<string, number>();
  const key = (kind: ItemKind, verdict: Verdict) => `${kind} ${verdict}`;
  for (const item of input.features) counts.set(key(item.kind, item.verdict), (counts.get(key(item.kind, item.verdict)) ?? 0) + 1);
  for (const kind of ITEM_KINDS) {
    for (const verdict of VERDICTS) lines.push(`${METRIC.items}${labels({ kind, verdict })} ${counts.get(key(kind, verdict)) ?? 0}`);
  }

  if (options.durationSeconds !== undefined) {
    family(lines, METRIC.duration, 'How long the last read of the host and its evaluation took.');
    lines.push(`${METRIC.duration} ${options.durationSeconds.toFixed(3)}`);
  }
  family(lines, METRIC.lastSuccess, 'When the host was last read (Unix time): the facts the verdicts come from.');
  lines.push(`${METRIC.lastSuccess} ${epochSeconds(input.collectedAt)}`);
  return lines.join('\n') + '\n';
}
