/**
 * Usage: npm run collect-script:sync [-- --check]
 * Writes the generated blocks of scripts/collect-host-facts.sh: the names it looks up (catalog
 * kfuncs, names in detection rules, rule paths and sysctls) and the evaluator's rules for
 * `--format prometheus` (every feature and catalog entry). With --check it changes nothing and
 * exits 1 when a block is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadCatalog } from '../lib/server/catalog';
import { createCatalogIndex } from '../lib/catalog/lookup';
import { loadContent } from '../lib/server/content/load-content';
import { ContentError } from '../lib/content/problems';
import { COLLECT_SCRIPT_FILE, withItemRules, withWantedNames } from '../lib/host-facts/collect-script';
import { wantedNames } from '../lib/host-facts/wanted';
import { collectScriptRules } from '../lib/verdicts/script-rules';

async function main() {
  const check = process.argv.includes('--check');
  const catalog = loadCatalog();
  const content = await loadContent(createCatalogIndex(catalog));
  if (content.problems.length > 0) throw new ContentError(content.problems);
  const wants = wantedNames(content.records, catalog.entries);
  const rules = collectScriptRules(content.records, catalog.entries);
  const current = readFileSync(COLLECT_SCRIPT_FILE, 'utf8');
  const next = withItemRules(withWantedNames(current, wants), rules);
  const summary =
    `${wants.wantedFunctions.length} functions, ${wants.wantedPaths.length} paths, ${wants.wantedSysctls.length} sysctls, ` +
    `${rules.lines.length} items' rules`;
  if (next === current) {
    console.log(`collect-script:sync: ${COLLECT_SCRIPT_FILE} is current (${summary})`);
  } else if (check) {
    console.error(`collect-script:sync: ${COLLECT_SCRIPT_FILE} is stale; run \`npm run collect-script:sync\``);
    process.exitCode = 1;
  } else {
    writeFileSync(COLLECT_SCRIPT_FILE, next);
    console.log(`collect-script:sync: wrote ${COLLECT_SCRIPT_FILE} (${summary})`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
