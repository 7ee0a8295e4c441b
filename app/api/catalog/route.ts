/** GET /api/catalog: every catalog entry, generated at build time. */
import { getCatalog } from '@/lib/server/data';

export const dynamic = 'force-static';

export function GET() {
  const entries = getCatalog().entries.map((e) => ({
    kind: e.kind,
    name: e.name,
    kernel: e.kernel,
    commit: e.commit,
    disagreement: e.disagreement,
  }));
  return Response.json({ entries });
}
