/**
 * The fleet view's server side: Prometheus's HTTP API at PROMETHEUS_URL, asked the fleet queries
 * (lib/fleet/fleet.ts) in parallel under one deadline (PROMETHEUS_TIMEOUT_MS), and what goes wrong
 * said plainly — not configured, unreachable, too slow, or answering an error — never a 500 or a
 * hang. Answers are kept FLEET_CACHE_TTL_MS (single flight), so a burst of page views asks
 * Prometheus once. Who may see it: the probe's rules (it names hosts and their kernels).
 */
import 'server-only';
import {
  assembleFleet,
  FLEET_QUERIES,
  itemQuery,
  parseFleetGroup,
  parseFleetItem,
  parseVectorAnswer,
  type FleetAnswers,
  type FleetGroupBy,
  type FleetItemRef,
  type FleetReport,
  type VectorSample,
} from '../fleet/fleet';
import type { ProbeRefused } from '../verdicts/probe-api';
import { getCatalog, getContent } from './data';
import { once } from './once';
import { createSingleFlightCache } from './probe/cache';
import { NO_STORE, probeAccess } from './probe';

type Env = Record<string, string | undefined>;

export type FleetErrorCode =
  'bad_request' | 'fleet_not_configured' | 'fleet_misconfigured' | 'prometheus_unreachable' | 'prometheus_timeout' | 'prometheus_error';

/** The JSON error of GET /api/fleet, and what the page says. */
export interface FleetError {
  error: FleetErrorCode;
  message: string;
}

const STATUS: Record<FleetErrorCode, number> = {
  bad_request: 400,
  fleet_not_configured: 503,
  fleet_misconfigured: 503,
  prometheus_unreachable: 502,
  prometheus_error: 502,
  prometheus_timeout: 504,
};

export interface FleetAnswer extends FleetReport {
  /** Where Prometheus is (PROMETHEUS_URL without credentials). */
  prometheus: string;
  /** Where the counts came from: the recording rule's last result, or counted over every series now. */
  counts: 'recorded' | 'counted';
  queriedAt: string;
  /** How long the queries took, together (ms). */
  queryMs: number;
}

export type FleetResult = { ok: true; answer: FleetAnswer; via: 'load' | 'join' | 'hit' } | { ok: false; status: number; body: FleetError };

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_CACHE_TTL_MS = 5_000;

function msSetting(raw: string | undefined, fallback: number): number {
  const ms = raw?.trim() ? Number(raw) : NaN;
  return Number.isFinite(ms) && ms >= 0 ? ms : fallback;
}

function fail(error: FleetErrorCode, message: string): FleetResult {
  return { ok: false, status: STATUS[error], body: { error, message } };
}

interface PrometheusTarget {
  /** The API base, ending in a slash. */
  base: URL;
  /** For the page: no user or password. */
  display: string;
  authorization: string | null;
}

/** PROMETHEUS_URL: an http(s) URL, maybe with a path prefix and user:password (sent as Basic). */
export function prometheusTarget(raw: string | undefined): { ok: true; target: PrometheusTarget } | { ok: false; body: FleetError } {
  const text = raw?.trim() ?? '';
  if (text === '') {
    return {
      ok: false,
      body: { error: 'fleet_not_configured', message: 'PROMETHEUS_URL is not set: the fleet view reads hosts from Prometheus.' },
    };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      ok: false,
      body: { error: 'fleet_misconfigured', message: 'PROMETHEUS_URL must be an http:// or https:// URL, such as http://127.0.0.1:9090.' },
    };
  }
  const authorization =
    url.username || url.password
      ? `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`
      : null;
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { ok: true, target: { base: url, display: url.href.replace(/\/$/, ''), authorization } };
}

class QueryFailure extends Error {
  constructor(
    readonly code: FleetErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const timedOut = (target: PrometheusTarget, timeoutMs: number) =>
  new QueryFailure('prometheus_timeout', `Prometheus at ${target.display} did not answer within ${timeoutMs} ms.`);

/**
 * Runs `work` under a deadline this module owns: when it passes, the requests are aborted and the
 * answer is a timeout at once, whether or not fetch notices the abort (a body that stalls after
 * quick headers once outlived an AbortSignal.timeout in CI). The timer is cleared when work ends.
 */
async function withDeadline<T>(timeoutMs: number, onTimeout: () => Error, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(onTimeout());
    }, timeoutMs);
  });
  try {
    return await Promise.race([work(controller.signal), expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** One instant query; throws QueryFailure with what went wrong. */
async function instantQuery(target: PrometheusTarget, query: string, signal: AbortSignal, timeoutMs: number): Promise<VectorSample[]> {
  const url = new URL('api/v1/query', target.base);
  url.searchParams.set('query', query);
  // Prometheus stops too when we stop waiting.
  url.searchParams.set('timeout', `${Math.max(1, Math.ceil(timeoutMs / 1000))}s`);
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      signal,
      headers: { Accept: 'application/json', ...(target.authorization ? { Authorization: target.authorization } : {}) },
      cache: 'no-store',
      redirect: 'error',
    });
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw timedOut(target, timeoutMs);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
    throw new QueryFailure('prometheus_unreachable', `Prometheus at ${target.display} could not be reached (${why}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new QueryFailure(
      'prometheus_error',
      `${target.display} answered HTTP ${response.status} with something that is not JSON: is PROMETHEUS_URL a Prometheus server?`,
    );
  }
  if (!response.ok || (json as { status?: string }).status !== 'success') {
    const { errorType, error } = json as { errorType?: unknown; error?: unknown };
    const detail = [errorType, error].filter((x) => typeof x === 'string' && x).join(': ') || 'no error message';
    throw new QueryFailure('prometheus_error', `Prometheus answered HTTP ${response.status} to ${query}: ${String(detail).slice(0, 300)}`);
  }
  const parsed = parseVectorAnswer(json);
  if (!parsed.ok) throw new QueryFailure('prometheus_error', `Prometheus's answer to ${query} is ${parsed.message}`);
  return parsed.value;
}

// The site's items in its order (features, then the catalog), and which exist: loaded once.
const siteItems = once(async () => {
  const { records } = await getContent();
  const order: FleetItemRef[] = [
    ...records.map((r) => ({ kind: 'feature' as const, id: r.id })),
    ...getCatalog().entries.map((e) => ({ kind: e.kind, id: e.name })),
  ];
  return { order, known: new Set(order.map((r) => `${r.kind}:${r.id}`)) };
});

const cache = createSingleFlightCache<FleetAnswer>(
  async (key) => {
    const { base, authorization, display, timeoutMs, item, groupBy } = JSON.parse(key) as {
      base: string;
      authorization: string | null;
      display: string;
      timeoutMs: number;
      item: FleetItemRef | null;
      groupBy: FleetGroupBy | null;
    };
    const target: PrometheusTarget = { base: new URL(base), authorization, display };
    const started = performance.now();
    const { answers, counts } = await withDeadline(
      timeoutMs,
      () => timedOut(target, timeoutMs),
      async (signal): Promise<{ answers: FleetAnswers; counts: FleetAnswer['counts'] }> => {
        const ask = (query: string) => instantQuery(target, query, signal, timeoutMs);
        const [hosts, lastSeen, factsAt, recorded, itemSeries] = await Promise.all([
          ask(FLEET_QUERIES.hosts),
          ask(FLEET_QUERIES.lastSeen),
          ask(FLEET_QUERIES.factsAt),
          ask(FLEET_QUERIES.recorded),
          item ? ask(itemQuery(item)) : Promise.resolve(undefined),
        ]);
        // No recording rule (or no result yet): count over every item series now.
        const verdicts = recorded.length > 0 ? recorded : await ask(FLEET_QUERIES.verdicts);
        return {
          answers: { hosts, lastSeen, factsAt, verdicts, item: itemSeries },
          counts: recorded.length > 0 ? 'recorded' : 'counted',
        };
      },
    );
    const queryMs = Math.round(performance.now() - started);
    const { order } = await siteItems();
    return {
      prometheus: display,
      counts,
      queriedAt: new Date().toISOString(),
      queryMs,
      ...assembleFleet(answers, { order, item, groupBy }),
    };
  },
  { ttlMs: () => msSetting(process.env.FLEET_CACHE_TTL_MS, DEFAULT_CACHE_TTL_MS) },
);

export interface FleetQuery {
  item?: string | null;
  group?: string | null;
}

/** The fleet as Prometheus has it, or what stands in the way (for the page and the API alike). */
export async function readFleet(query: FleetQuery, env: Env = process.env): Promise<FleetResult> {
  const item = parseFleetItem(query.item);
  if (!item.ok) return fail('bad_request', item.message);
  const group = parseFleetGroup(query.group);
  if (!group.ok) return fail('bad_request', group.message);
  if (item.value && !(await siteItems()).known.has(`${item.value.kind}:${item.value.id}`)) {
    return fail('bad_request', `item: ${item.value.kind}:${item.value.id} is not a digest record or catalog entry`);
  }
  const target = prometheusTarget(env.PROMETHEUS_URL);
  if (!target.ok) return { ok: false, status: STATUS[target.body.error], body: target.body };
  const timeoutMs = msSetting(env.PROMETHEUS_TIMEOUT_MS, DEFAULT_TIMEOUT_MS) || DEFAULT_TIMEOUT_MS;
  const key = JSON.stringify({
    base: target.target.base.href,
    authorization: target.target.authorization,
    display: target.target.display,
    timeoutMs,
    item: item.value,
    groupBy: group.value,
  });
  try {
    const { value, via } = await cache.get(key);
    return { ok: true, answer: value, via };
  } catch (error) {
    if (error instanceof QueryFailure) return fail(error.code, error.message);
    console.error('fleet:', error);
    return fail('prometheus_error', 'The fleet could not be read; the server log has the details.');
  }
}

/** For tests: forget cached fleet answers. */
export function resetFleetCache() {
  cache.clear();
}

/** The whole of GET /api/fleet?item=&group=. */
export async function handleFleetRequest(request: Request, env: Env = process.env): Promise<Response> {
  const access = probeAccess(request, env);
  if (!access.allowed) {
    const body: ProbeRefused = { error: 'probe_disabled', reason: access.reason, message: access.message };
    return Response.json(body, { status: 403, headers: NO_STORE });
  }
  const params = new URL(request.url).searchParams;
  const result = await readFleet({ item: params.get('item'), group: params.get('group') }, env);
  if (!result.ok) return Response.json(result.body, { status: result.status, headers: NO_STORE });
  const timing = `prometheus;dur=${result.via === 'hit' ? 0 : result.answer.queryMs};desc="${result.via}"`;
  return Response.json(result.answer, { headers: { ...NO_STORE, 'Server-Timing': timing } });
}
