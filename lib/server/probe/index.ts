/**
 * The live probe behind GET /api/probe: who may ask (lib/probe/access), host facts read at most
 * once per PROBE_CACHE_TTL_MS (default 10 s) with single flight, then evaluated against every
 * feature and catalog entry. `probeStats()` counts host reads, for tests and the benchmark.
 */
import 'server-only';
import { decideProbeAccess } from './access';
import { createSingleFlightCache } from './cache';
import { collectHostFacts } from '../collect/host-facts';
import { resolveHostRoots, type HostRoots } from '../collect/roots';
import { probeWants } from '../../host-facts/wanted';
import {
  buildProbeReport,
  hasHostToProbe,
  notSupportedResponse,
  type ProbeFailed,
  type ProbeRefused,
  type ProbeReport,
} from '../../verdicts/host-verdicts';
import { getCatalog, getContent } from '../data';
import { once } from '../once';

type Env = Record<string, string | undefined>;

export const DEFAULT_PROBE_CACHE_TTL_MS = 10_000;
/**
 * Deadline per file operation while serving. Longer than the collector's own 2 s: the kernel BTF
 * (5-6 MB) comes from sysfs a page per read, which on a loaded server can take seconds; a FIFO or
 * a device is refused before any read, so the deadline only bounds slow filesystems.
 */
export const DEFAULT_PROBE_TIMEOUT_MS = 8_000;

function msSetting(raw: string | undefined, fallback: number): number {
  const ms = raw?.trim() ? Number(raw) : NaN;
  return Number.isFinite(ms) && ms >= 0 ? ms : fallback;
}
const cacheTtlMs = () => msSetting(process.env.PROBE_CACHE_TTL_MS, DEFAULT_PROBE_CACHE_TTL_MS);
const timeoutMs = () => msSetting(process.env.PROBE_TIMEOUT_MS, DEFAULT_PROBE_TIMEOUT_MS) || DEFAULT_PROBE_TIMEOUT_MS;

// Loaded once; a failed load (content problems under `next dev`) is tried again next time.
const probeInputs = once(async () => {
  const { records } = await getContent();
  const { entries } = getCatalog();
  return { records, entries, wants: probeWants(records, entries) };
});

let hostReads = 0;

interface ProbeAnswer {
  /** The report as sent: serialised once per cache window, not once per request. */
  body: string;
  collectMs: number;
  evaluateMs: number;
}

// Keyed by the roots: tests (and a server whose HOST_* change) never get another root's facts.
// One cached value per window holds the facts' verdicts and their JSON, so a burst of requests
// costs one read, one evaluation and one serialisation, and every response shares one string.
const answers = createSingleFlightCache<ProbeAnswer>(
  async (key) => {
    hostReads++;
    const { records, entries, wants } = await probeInputs();
    const collectStarted = performance.now();
    const facts = await collectHostFacts({ roots: JSON.parse(key) as HostRoots, ...wants, timeoutMs: timeoutMs() });
    const evaluateStarted = performance.now();
    // Stamped once the facts are in: a report is never generated before the facts it reports.
    const report: ProbeReport = buildProbeReport(facts, records, entries, new Date());
    const body = JSON.stringify(report);
    return { body, collectMs: evaluateStarted - collectStarted, evaluateMs: performance.now() - evaluateStarted };
  },
  { ttlMs: cacheTtlMs },
);

/** Host reads so far and how requests were served (load / join a load in flight / cache hit). */
export function probeStats() {
  return { hostReads, ...answers.stats() };
}

/** For tests: forget cached reports and counts. */
export function resetProbeCache() {
  answers.clear();
  hostReads = 0;
}

interface ProbeTiming {
  /** How the report was had: made now, joined one being made, or from the cache. */
  via: 'load' | 'join' | 'hit';
  /** Reading the host (when this request read it or joined the read). */
  collectMs: number;
  /** Evaluating every feature and catalog entry (likewise). */
  evaluateMs: number;
}

/** The report (JSON) for the roots in `env`: host facts and verdicts, made at most once per cache window. */
async function probeReportJson(env: Env): Promise<{ body: string; timing: ProbeTiming }> {
  const { value, via } = await answers.get(JSON.stringify(resolveHostRoots(env)));
  const fresh = via !== 'hit';
  return {
    body: value.body,
    timing: { via, collectMs: fresh ? value.collectMs : 0, evaluateMs: fresh ? value.evaluateMs : 0 },
  };
}

const NO_STORE = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

export interface ProbeRequestOptions {
  env?: Env;
  platform?: string;
}

/** The whole of GET /api/probe; the route only calls this. */
export async function handleProbeRequest(request: Request, options: ProbeRequestOptions = {}): Promise<Response> {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const access = decideProbeAccess({
    token: env.PROBE_TOKEN,
    authorization: request.headers.get('authorization'),
    listenHost: env.EBPF_DIGEST_LISTEN_HOST,
    // The Host header only: a request without one is not known to be addressed to loopback.
    requestHost: request.headers.get('host'),
  });
  if (!access.allowed) {
    const body: ProbeRefused = { error: 'probe_disabled', reason: access.reason, message: access.message };
    return Response.json(body, { status: 403, headers: NO_STORE });
  }
  if (!hasHostToProbe(platform, env)) {
    return Response.json(notSupportedResponse(platform, new Date()), { headers: NO_STORE });
  }
  try {
    const { body, timing } = await probeReportJson(env);
    const serverTiming = `collect;dur=${timing.collectMs.toFixed(1)};desc="${timing.via}", evaluate;dur=${timing.evaluateMs.toFixed(1)}`;
    // Not gzipped here: Next drops a route's Content-Encoding and compresses the response itself.
    return new Response(body, { headers: { ...NO_STORE, 'Content-Type': 'application/json', 'Server-Timing': serverTiming } });
  } catch (error) {
    // The collector never throws (unknown facts instead); this is content or catalog failing to load.
    console.error('GET /api/probe:', error);
    const body: ProbeFailed = { error: 'probe_failed', message: 'The probe could not run; the server log has the details.' };
    return Response.json(body, { status: 500, headers: NO_STORE });
  }
}

