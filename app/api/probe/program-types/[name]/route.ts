/**
 * GET /api/probe/program-types/NAME: which helpers a program type (BPF_PROG_TYPE_*) may call on this
 * host, each with its verdict, evidence and the data's conditions; 404 for a type the catalog lacks.
 * Same access rules and cache as /api/probe (lib/server/probe).
 */
import { handleProgramTypeRequest } from '@/lib/server/probe';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }) {
  return handleProgramTypeRequest(request, (await params).name);
}
