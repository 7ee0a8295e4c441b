/**
 * The live probe behind GET /api/probe: who may ask (access.ts), host facts read at most once per
 * PROBE_CACHE_TTL_MS (default 10 s) with single flight (cache.ts), then evaluated against every
 * feature and catalog entry. `probeStats()` counts host reads, for tests and the benchmark.
 * GET /metrics (lib/server/metrics.ts) reads the same cached verdicts under the same access rules.
 */
import 'server-only';
import { wantedNames } from '../../host-facts/wanted';
import type { HostFacts } from '../../host-facts/schema';
import { buildHostVerdicts, type HostVerdicts } from '../../verdicts/host-verdicts';
import type { ProbeFailed, ProbeNotFound, ProbeNotSupported, ProbeRefused } from '../../verdicts/probe-api';
import {
  evaluateHelperCallers,
  evaluateProgramTypeCalls,
  type HelperCallers,
  type ProgramTypeCalls,
  type ProgramTypeData,
} from '../../verdicts/program-types';
import { collectHostFacts } from '../collect/host-facts';
import { resolveHostRoots, type HostRoots } from '../collect/roots';
import { getCatalog, getContent } from '../data';
import { once } from '../once';
import { decideProbeAccess, type ProbeAccess } from './access';
import { createSingleFlightCache } from './cache';
import { probeBootMemo } from './memo';

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
  const catalog = getCatalog();
  const { entries } = catalog;
  const programTypeData: ProgramTypeData = { entries, programHelpers: catalog.programHelpers ?? {} };
  return { records, entries, programTypeData, wants: wantedNames(records, entries) };
});

let hostReads = 0;

export interface ProbeAnswer {
  /** The facts the verdicts were made from (the program-type and helper answers judge them too). */
  facts: HostFacts;
  verdicts: HostVerdicts;
  /** The verdicts as sent: serialised once per cache window, not once per request. */
  body: string;
  collectMs: number;
  evaluateMs: number;
  /**
   * Other answers made from these facts and verdicts, as sent, each once per cache window:
   * `program type:NAME`, `helper:NAME` (the program-type view) and GET /metrics by kinds.
   */
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
    const facts = await collectHostFacts({ roots: JSON.parse(key) as HostRoots, ...wants, timeoutMs: timeoutMs(), memo: probeBootMemo() });
    const evaluateStarted = performance.now();
    // Stamped once the facts are in: verdicts are never made before the facts they judge.
    const verdicts = buildHostVerdicts(facts, records, entries, new Date());
    const body = JSON.stringify(verdicts);
    return {
      facts,
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
  return accessOf({ authorization: request.headers.get('authorization'), host: request.headers.get('host') }, env);
}

function accessOf(headers: ProbeRequestHeaders, env: Env): ProbeAccess {
  return decideProbeAccess({
    token: env.PROBE_TOKEN,
    authorization: headers.authorization,
    listenHost: env.EBPF_DIGEST_LISTEN_HOST,
    // The Host header only: a request without one is not known to be addressed to loopback.
    requestHost: headers.host,
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

/** What a probe request's headers say, for the access decision. */
export interface ProbeRequestHeaders {
  authorization: string | null;
  host: string | null;
}

/** Who may ask, and whether there is a host: the same for every probe answer (API routes and the server-rendered page). */
export function probeGate(headers: ProbeRequestHeaders, options: ProbeRequestOptions = {}): ProbeRefused | ProbeNotSupported | null {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const access = accessOf(headers, env);
  if (!access.allowed) return { error: 'probe_disabled', reason: access.reason, message: access.message };
  if (!hasHostToProbe(platform, env)) return notSupported(platform, new Date());
  return null;
}

const headersOf = (request: Request): ProbeRequestHeaders => ({
  authorization: request.headers.get('authorization'),
  host: request.headers.get('host'),
});

function failed(error: unknown, what: string): Response {
  // The collector never throws (unknown facts instead); this is content or catalog failing to load.
  console.error(`GET ${what}:`, error);
  const body: ProbeFailed = { error: 'probe_failed', message: 'The probe could not run; the server log has the details.' };
  return Response.json(body, { status: 500, headers: NO_STORE });
}

/** A gate's refusal or "not Linux" as the API sends it. */
function gateResponse(gate: ProbeRefused | ProbeNotSupported): Response {
  return Response.json(gate, { status: 'error' in gate ? 403 : 200, headers: NO_STORE });
}

/** The whole of GET /api/probe; the route only calls this. */
export async function handleProbeRequest(request: Request, options: ProbeRequestOptions = {}): Promise<Response> {
  const gate = probeGate(headersOf(request), options);
  if (gate) return gateResponse(gate);
  try {
    const { answer, timing } = await readHostVerdicts(options.env ?? process.env);
    // Not gzipped here: Next drops a route's Content-Encoding and compresses the response itself.
    return new Response(answer.body, {
      headers: { ...NO_STORE, 'Content-Type': 'application/json', 'Server-Timing': serverTiming(timing) },
    });
  } catch (error) {
    return failed(error, '/api/probe');
  }
}

/** Names in the API's paths: an enum or function name, nothing else (no dots, slashes, NUL). */
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

/** This host's answer for one program type or helper, made once per cache window and shared. */
async function derivedAnswer<T>(
  key: string,
  env: Env,
  make: (data: ProgramTypeData, facts: HostFacts) => T | null,
): Promise<{ answer: T | null; json: string | null; timing: ProbeTiming }> {
  const { programTypeData } = await probeInputs();
  const { answer: host, timing } = await readHostVerdicts(env);
  const cached = host.renderings.get(key);
  if (cached !== undefined) return { answer: null, json: cached, timing };
  const answer = make(programTypeData, host.facts);
  const json = answer === null ? null : JSON.stringify(answer);
  if (json !== null) host.renderings.set(key, json);
  return { answer, json, timing };
}

function notFound(what: string, name: string): Response {
  const body: ProbeNotFound = { error: 'not_found', message: `The catalog has no ${what} named ${JSON.stringify(name.slice(0, 128))}.` };
  return Response.json(body, { status: 404, headers: NO_STORE });
}

async function handleDerived(
  request: Request,
  name: string,
  what: 'program type' | 'helper',
  options: ProbeRequestOptions,
  make: (data: ProgramTypeData, facts: HostFacts) => unknown,
): Promise<Response> {
  const gate = probeGate(headersOf(request), options);
  if (gate) return gateResponse(gate);
  if (!NAME.test(name)) return notFound(what, name);
  const path = what === 'helper' ? `/api/probe/helpers/${name}` : `/api/probe/program-types/${name}`;
  try {
    const { json, timing } = await derivedAnswer(`${what}:${name}`, options.env ?? process.env, make);
    if (json === null) return notFound(what, name);
    return new Response(json, { headers: { ...NO_STORE, 'Content-Type': 'application/json', 'Server-Timing': serverTiming(timing) } });
  } catch (error) {
    return failed(error, path);
  }
}

/** GET /api/probe/program-types/NAME: what a program type may call on this host (ProgramTypeCalls). */
export function handleProgramTypeRequest(request: Request, name: string, options: ProbeRequestOptions = {}): Promise<Response> {
  return handleDerived(request, name, 'program type', options, (data, facts) => evaluateProgramTypeCalls(name, data, facts));
}

/** GET /api/probe/helpers/NAME: which program types may call a helper on this host (HelperCallers). */
export function handleHelperCallersRequest(request: Request, name: string, options: ProbeRequestOptions = {}): Promise<Response> {
  return handleDerived(request, name, 'helper', options, (data, facts) => evaluateHelperCallers(name, data, facts));
}

export type ProgramTypeProbe =
  | { status: 'ready'; calls: ProgramTypeCalls }
  | { status: 'refused'; refusal: ProbeRefused }
  | { status: 'not-linux'; message: string }
  | { status: 'not-found' };

/** The same answer for the server-rendered program-type view (readable without JavaScript). */
export async function probeProgramType(
  name: string,
  headers: ProbeRequestHeaders,
  options: ProbeRequestOptions = {},
): Promise<ProgramTypeProbe> {
  const gate = probeGate(headers, options);
  if (gate) return 'error' in gate ? { status: 'refused', refusal: gate } : { status: 'not-linux', message: gate.message };
  if (!NAME.test(name)) return { status: 'not-found' };
  const { answer, json } = await derivedAnswer(`program type:${name}`, options.env ?? process.env, (data, facts) =>
    evaluateProgramTypeCalls(name, data, facts),
  );
  const calls = answer ?? (json === null ? null : (JSON.parse(json) as ProgramTypeCalls));
  return calls ? { status: 'ready', calls } : { status: 'not-found' };
}

export type { HelperCallers, ProgramTypeCalls };
