/**
 * GET /collect.sh: the host collector script (scripts/collect-host-report.sh) as plain text, with
 * the names to look up generated from this build's content and catalog — so what the site serves
 * always asks for what the site evaluates, even if the committed block were stale.
 *
 *   curl -fsS https://<site>/collect.sh | sh > host-report.json
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { COLLECT_SCRIPT_NAME, withWantedNames } from '@/lib/probe/collect-script';
import { probeWants } from '@/lib/probe/wanted';
import { getCatalog, getContent } from '@/lib/server/data';

export const dynamic = 'force-static';

export async function GET() {
  // A literal path (COLLECT_SCRIPT_FILE), so the build traces this one file and not the whole project.
  const script = await readFile(path.join(process.cwd(), 'scripts', 'collect-host-report.sh'), 'utf8');
  const { records } = await getContent();
  const body = withWantedNames(script, probeWants(records, getCatalog().entries));
  return new Response(body, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': `inline; filename="${COLLECT_SCRIPT_NAME}"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
