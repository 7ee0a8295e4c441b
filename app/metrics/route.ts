/**
 * GET /metrics: this host's verdicts for Prometheus (`?kinds=helper,kfunc` or `?kinds=all` for more
 * than the default kinds). Same access rules and cache as /api/probe; see lib/server/metrics.ts.
 */
import { handleMetricsRequest } from '@/lib/server/metrics';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleMetricsRequest(request);
}
