/**
 * GET /collect.sh: the host collector script (scripts/collect-host-facts.sh) as plain text, with
 * the names to look up and the evaluator's rules (for --format prometheus) generated from this
 * server's content and catalog — so what the site serves always asks for what the site evaluates,
 * and judges as the site does, even if the committed blocks were stale. Made once per process, on
 * first use, from the content the server has loaded anyway.
 *
 *   curl -fsS https://<site>/collect.sh | sh > host-report.json
 *   curl -fsS https://<site>/collect.sh | sh -s -- --format prometheus > ebpf_digest.prom
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { COLLECT_SCRIPT_NAME, withItemRules, withWantedNames } from '@/lib/host-facts/collect-script';
import { wantedNames } from '@/lib/host-facts/wanted';
import { collectScriptRules } from '@/lib/verdicts/script-rules';
import { entityTag, revalidatedResponse } from '@/lib/server/revalidate';
import { getCatalog, getContent } from '@/lib/server/data';
import { once } from '@/lib/server/once';

export const dynamic = 'force-dynamic';

const body = once(async () => {
  // A literal path (COLLECT_SCRIPT_FILE), so the build traces this one file and not the whole project.
  const script = await readFile(path.join(process.cwd(), 'scripts', 'collect-host-facts.sh'), 'utf8');
  const { records } = await getContent();
  const { entries } = getCatalog();
  const text = withItemRules(withWantedNames(script, wantedNames(records, entries)), collectScriptRules(records, entries));
  return { text, etag: entityTag(text) };
});

export async function GET(request: Request) {
  const { text, etag } = await body();
  return revalidatedResponse(request, text, etag, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Disposition': `inline; filename="${COLLECT_SCRIPT_NAME}"`,
    'X-Content-Type-Options': 'nosniff',
  });
}
