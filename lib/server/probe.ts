/**
 * The live probe behind GET /api/probe: who may ask (lib/probe/access), host facts read at most
 * once per PROBE_CACHE_TTL_MS (default 10 s) with single flight, then evaluated against every
 * feature and catalog entry. `probeStats()` counts host reads, for tests and the benchmark.
 */
import 'server-only';
import { decideProbeAccess } from '../probe/access';
import { createSingleFlightCache } from '../probe/cache';
import { collectHostFacts } from '../probe/collect';
import { resolveHostRoots, type HostRoots } from '../probe/roots';
import { probeWants } from '../probe/wanted';
import {
  buildProbeReport,
  hasHostToProbe,
  notSupportedResponse,
  type ProbeFailed,
  type ProbeRefused,
  type ProbeReport,
} from '../probe/report';
import type { HostFacts } from '../validations/host-facts';
import { getCatalog, getContent } from './data';

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

async function loadInputs() {
  const { records } = await getContent();
  const { entries } = getCatalog();
  return { records, entries, wants: probeWants(records, entries) };
}
let inputs: ReturnType<typeof loadInputs> | null = null;
function probeInputs() {
  inputs ??= loadInputs().catch((error) => {
    inputs = null; // a failed load (content problems under `next dev`) is tried again next time
    throw error;
  });
  return inputs;
}

let hostReads = 0;

// Keyed by the roots: tests (and a server whose HOST_* change) never get another root's facts.
const hostFacts = createSingleFlightCache<{ facts: HostFacts; collectMs: number }>(
  async (key) => {
    hostReads++;
    const { wants } = await probeInputs();
    const started = performance.now();
    const facts = await collectHostFacts({ roots: JSON.parse(key) as HostRoots, ...wants, timeoutMs: timeoutMs() });
    return { facts, collectMs: performance.now() - started };
  },
  { ttlMs: cacheTtlMs },
);

/** Host reads so far and how requests were served (load / join a load in flight / cache hit). */
export function probeStats() {
  return { hostReads, ...hostFacts.stats() };
}

/** For tests: forget cached facts and counts. */
export function resetProbeCache() {
  hostFacts.clear();
  hostReads = 0;
}

export interface ProbeTiming {
  /** How the facts were had: read now, joined a read in flight, or from the cache. */
  via: 'load' | 'join' | 'hit';
  /** Reading the host (when this request read it or joined the read). */
  collectMs: number;
  /** Evaluating every feature and catalog entry. */
  evaluateMs: number;
}

/** Host facts (cached briefly) and the verdicts, for the roots in `env`. */
export async function getProbeReport(env: Env = process.env, now?: Date): Promise<{ report: ProbeReport; timing: ProbeTiming }> {
  const { records, entries } = await probeInputs();
  const roots = resolveHostRoots(env);
  const { value, via } = await hostFacts.get(JSON.stringify(roots));
  const started = performance.now();
  // Stamped once the facts are in: a report is never generated before the facts it reports.
  const report = buildProbeReport(value.facts, records, entries, now ?? new Date());
  return { report, timing: { via, collectMs: via === 'hit' ? 0 : value.collectMs, evaluateMs: performance.now() - started } };
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
    const { report, timing } = await getProbeReport(env);
    const serverTiming = `collect;dur=${timing.collectMs.toFixed(1)};desc="${timing.via}", evaluate;dur=${timing.evaluateMs.toFixed(1)}`;
    return Response.json(report, { headers: { ...NO_STORE, 'Server-Timing': serverTiming } });
  } catch (error) {
    // The collector never throws (unknown facts instead); this is content or catalog failing to load.
    console.error('GET /api/probe:', error);
    const body: ProbeFailed = { error: 'probe_failed', message: 'The probe could not run; the server log has the details.' };
    return Response.json(body, { status: 500, headers: NO_STORE });
  }
}

