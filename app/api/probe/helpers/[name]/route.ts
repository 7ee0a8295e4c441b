/**
 * GET /api/probe/helpers/NAME: the program types that may call a helper on this host (the helper
 * page's "callable here from"); 404 for a helper the catalog lacks. Same access rules and cache as
 * /api/probe (lib/server/probe).
 */
import { handleHelperCallersRequest } from '@/lib/server/probe';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }) {
  return handleHelperCallersRequest(request, (await params).name);
}
