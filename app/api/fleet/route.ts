/**
 * GET /api/fleet?item=KIND:ID&group=kernel|distro: every host Prometheus holds the verdicts of,
 * with per-item counts (and one item's hosts, and groups, when asked). PROMETHEUS_URL must be set;
 * the probe's access rules apply. See lib/server/fleet.ts.
 */
import { handleFleetRequest } from '@/lib/server/fleet';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleFleetRequest(request);
}
