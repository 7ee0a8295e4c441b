/**
 * The live probe behind GET /api/probe: who may ask (access.ts), host facts read at most once per
 * PROBE_CACHE_TTL_MS (default 10 s) with single flight (cache.ts), then evaluated against every
 * feature and catalog entry. `probeStats()` counts host reads, for tests and the benchmark.
 * GET /metrics (lib/server/metrics.ts) reads the same cached verdicts under the same access rules.
 */
import 'server-only';
import { wantedNames } from '../../host-facts/wanted';
import { buildHostVerdicts, type HostVerdicts } from '../../verdicts/host-verdicts';
import type { ProbeFailed, ProbeNotSupported, ProbeRefused } from '../../verdicts/probe-api';
import { collectHostFacts } from '../collect/host-facts';
import { resolveHostRoots, type HostRoots } from '../collect/roots';
import { getCatalog, getContent } from '../data';
import { once } from '../once';
import { decideProbeAccess, type ProbeAccess } from './access';
import { createSingleFlightCache } from './cache';

type Env = Record<string, string | undefined>;

const DEFAULT_PROBE_CACHE_TTL_MS = 10_000;
/**
 * Deadline per file operation while serving. Longer than the collector's own 2 s: the kernel BTF
 * (5-6 MB) comes from sysfs a page per read, which on a loaded server can take seconds; a FIFO or
 * a device is refused before any read, so the deadline only bounds slow filesystems.
 */
const DEFAULT_PROBE_TIMEOUT_MS = 8_000;

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
  return { records, entries, wants: wantedNames(records, entries) };
});

let hostReads = 0;

export interface ProbeAnswer {
  verdicts: HostVerdicts;
  /** The verdicts as sent: serialised once per cache window, not once per request. */
  body: string;
  collectMs: number;
  evaluateMs: number;
  /** Other renderings of these verdicts (GET /metrics, by kinds), each made once per cache window. */
  renderings: Map<string, string>;
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
    // Stamped once the facts are in: verdicts are never made before the facts they judge.
    const verdicts = buildHostVerdicts(facts, records, entries, new Date());
    const body = JSON.stringify(verdicts);
    return {
      verdicts,
      body,
      collectMs: evaluateStarted - collectStarted,
      evaluateMs: performance.now() - evaluateStarted,
      renderings: new Map(),
    };
  },
  { ttlMs: cacheTtlMs },
);

/** Host reads so far and how requests were served (load / join a load in flight / cache hit). */
export function probeStats() {
  return { hostReads, ...answers.stats() };
}

/** For tests: forget cached verdicts and counts. */
export function resetProbeCache() {
  answers.clear();
  hostReads = 0;
}

export interface ProbeTiming {
  /** How the verdicts were had: made now, joined a making in flight, or from the cache. */
  via: 'load' | 'join' | 'hit';
  /** Reading the host (when this request read it or joined the read). */
  collectMs: number;
  /** Evaluating every feature and catalog entry (likewise). */
  evaluateMs: number;
}

/** The verdicts for the roots in `env`, made at most once per cache window; GET /metrics reads them too. */
export async function readHostVerdicts(env: Env): Promise<{ answer: ProbeAnswer; timing: ProbeTiming }> {
  const { value, via } = await answers.get(JSON.stringify(resolveHostRoots(env)));
  const fresh = via !== 'hit';
  return { answer: value, timing: { via, collectMs: fresh ? value.collectMs : 0, evaluateMs: fresh ? value.evaluateMs : 0 } };
}

/** The Server-Timing header of an answer: whether the host was read for this request. */
export function serverTiming(timing: ProbeTiming): string {
  return `collect;dur=${timing.collectMs.toFixed(1)};desc="${timing.via}", evaluate;dur=${timing.evaluateMs.toFixed(1)}`;
}

/** Who may read what the probe knows of this host (GET /api/probe, GET /metrics, the fleet view): see access.ts. */
export function probeAccess(request: { headers: { get(name: string): string | null } }, env: Env): ProbeAccess {
  return decideProbeAccess({
    token: env.PROBE_TOKEN,
    authorization: request.headers.get('authorization'),
    listenHost: env.EBPF_DIGEST_LISTEN_HOST,
    // The Host header only: a request without one is not known to be addressed to loopback.
    requestHost: request.headers.get('host'),
  });
}

export const NO_STORE = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

/**
 * Whether there is a host to read: Linux, or any platform with HOST_ROOT/HOST_PROC/HOST_SYS
 * pointing at a Linux tree (a fixture, a mounted host).
 */
export function hasHostToProbe(platform: string, env: Env): boolean {
  return platform === 'linux' || [env.HOST_ROOT, env.HOST_PROC, env.HOST_SYS].some((v) => v !== undefined && v.trim() !== '');
}

export function notSupported(platform: string, generatedAt: Date): ProbeNotSupported {
  return {
    supported: false,
    reason: 'not_linux',
    platform,
    message: `This server runs on ${platform}, not Linux: there is no Linux kernel to probe. Set HOST_ROOT to a Linux host tree to read one.`,
    generatedAt: generatedAt.toISOString(),
  };
}

export interface ProbeRequestOptions {
  env?: Env;
  platform?: string;
}

/** The whole of GET /api/probe; the route only calls this. */
export async function handleProbeRequest(request: Request, options: ProbeRequestOptions = {}): Promise<Response> {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const access = probeAccess(request, env);
  if (!access.allowed) {
    const body: ProbeRefused = { error: 'probe_disabled', reason: access.reason, message: access.message };
    return Response.json(body, { status: 403, headers: NO_STORE });
  }
  if (!hasHostToProbe(platform, env)) {
    return Response.json(notSupported(platform, new Date()), { headers: NO_STORE });
  }
  try {
    const { answer, timing } = await readHostVerdicts(env);
    // Not gzipped here: Next drops a route's Content-Encoding and compresses the response itself.
    return new Response(answer.body, {
      headers: { ...NO_STORE, 'Content-Type': 'application/json', 'Server-Timing': serverTiming(timing) },
    });
  } catch (error) {
    // The collector never throws (unknown facts instead); this is content or catalog failing to load.
    console.error('GET /api/probe:', error);
    const body: ProbeFailed = { error: 'probe_failed', message: 'The probe could not run; the server log has the details.' };
    return Response.json(body, { status: 500, headers: NO_STORE });
  }
}
