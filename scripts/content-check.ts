/**
 * Usage: npm run content:check   (CONTENT_DIR=dir to check another content tree)
 * Parses and validates all content; prints a summary, or `path:line: reason` per problem and exits 1.
 */
import { loadCatalog } from '../lib/server/catalog';
import { createCatalogIndex } from '../lib/catalog/lookup';
import { CATALOG_KINDS } from '../lib/catalog/types';
import { contentDir, loadContent } from '../lib/server/content/load-content';
import { formatProblem } from '../lib/content/problems';

async function main() {
  if (process.argv.includes('--help')) {
    console.log('usage: npm run content:check  (env CONTENT_DIR: content tree to check, default ./content)');
    return;
  }
  const started = performance.now();
  const catalog = loadCatalog();
  const content = await loadContent(createCatalogIndex(catalog));
  if (content.problems.length > 0) {
    for (const problem of content.problems) console.error(formatProblem(problem));
    console.error(`\ncontent:check: ${content.problems.length} problem(s) in ${contentDir()}`);
    process.exitCode = 1;
    return;
  }
  const numbers = [...new Set(content.issues.map((i) => i.number))];
  console.log(`content:check: ${contentDir()} OK (${Math.round(performance.now() - started)} ms)`);
  console.log(`  issues: ${numbers.length}`);
  for (const n of numbers.slice(0, 20)) {
    const docs = content.issues.filter((i) => i.number === n);
    console.log(`    #${n}: ${docs.map((d) => `${d.lang}${d.isOriginal ? ' (original)' : ''} ${d.featureIds.length} records`).join(', ')}`);
  }
  if (numbers.length > 20) console.log(`    … and ${numbers.length - 20} more`);
  const slugs = [...new Set(content.explainers.map((e) => e.slug))];
  console.log(`  explainers: ${slugs.length} (${slugs.join(', ')})`);
  console.log(`  feature records: ${content.records.length}`);
  const counts = CATALOG_KINDS.map((k) => `${catalog.entries.filter((e) => e.kind === k).length} ${k}s`);
  console.log(`  catalog entries: ${catalog.entries.length} (${counts.join(', ')})`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
