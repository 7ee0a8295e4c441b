/**
 * GET /metrics: this host's verdicts in the Prometheus text format (lib/metrics/host-metrics.ts),
 * under the probe's access rules and through its cache — a scrape every 15 s costs one host read
 * per cache window, and each rendering (per `?kinds=`) is made once per window.
 */
import 'server-only';
import { METRICS_CONTENT_TYPE, parseMetricKinds, renderHostMetrics } from '../metrics/host-metrics';
import type { ProbeFailed, ProbeRefused } from '../verdicts/probe-api';
import { hasHostToProbe, NO_STORE, notSupported, probeAccess, readHostVerdicts, serverTiming, type ProbeRequestOptions } from './probe';

/** 400: `?kinds=` names no known kind. */
export interface MetricsBadRequest {
  error: 'bad_kinds';
  message: string;
}

export async function handleMetricsRequest(request: Request, options: ProbeRequestOptions = {}): Promise<Response> {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const access = probeAccess(request, env);
  if (!access.allowed) {
    const body: ProbeRefused = { error: 'probe_disabled', reason: access.reason, message: access.message };
    return Response.json(body, { status: 403, headers: NO_STORE });
  }
  const choice = parseMetricKinds(new URL(request.url).searchParams.get('kinds'));
  if (!choice.ok) {
    const body: MetricsBadRequest = { error: 'bad_kinds', message: choice.message };
    return Response.json(body, { status: 400, headers: NO_STORE });
  }
  // No host, no metrics: a scrape that fails says so, rather than a host with no series.
  if (!hasHostToProbe(platform, env)) return Response.json(notSupported(platform, new Date()), { status: 503, headers: NO_STORE });
  try {
    const { answer, timing } = await readHostVerdicts(env);
    const key = choice.kinds.join(',');
    let text = answer.renderings.get(key);
    if (text === undefined) {
      const durationSeconds = (answer.collectMs + answer.evaluateMs) / 1000;
      text = renderHostMetrics(answer.verdicts, { kinds: choice.kinds, durationSeconds });
      answer.renderings.set(key, text);
    }
    return new Response(text, { headers: { ...NO_STORE, 'Content-Type': METRICS_CONTENT_TYPE, 'Server-Timing': serverTiming(timing) } });
  } catch (error) {
    console.error('GET /metrics:', error);
    const body: ProbeFailed = { error: 'probe_failed', message: 'The probe could not run; the server log has the details.' };
    return Response.json(body, { status: 500, headers: NO_STORE });
  }
}
