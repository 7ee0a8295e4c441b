/**
 * GET /api/probe: this host checked against every digest feature and catalog entry.
 * Loopback only unless PROBE_TOKEN is set (then `Authorization: Bearer …` always); see lib/server/probe.
 */
import { handleProbeRequest } from '@/lib/server/probe';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleProbeRequest(request);
}
