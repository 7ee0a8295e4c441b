/**
 * Reads the committed fact catalog, data/catalog.json, relative to the working directory (the
 * repo root for next build/start, vitest and the scripts).
 *
 * Server-only by its place (lib/server/), not by the 'server-only' marker: the content check and other
 * scripts run under tsx, where that marker throws on import.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../catalog/types';

// The file is generated and committed, so it cannot change under a running process: read it once
// per path (a path, not a flag, so a test that changes directory gets that directory's catalog).
const cache = new Map<string, Catalog>();

function catalogPath(): string {
  return path.join(process.cwd(), 'data', 'catalog.json');
}

export function loadCatalog(): Catalog {
  const file = catalogPath();
  const cached = cache.get(file);
  if (cached) return cached;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read the catalog at ${file} (${(err as NodeJS.ErrnoException).code ?? err}); run \`npm run import-catalog\``);
  }
  const catalog = JSON.parse(text) as Catalog;
  // A shape check, not a validation: the file is produced by our own import and reviewed in git.
  if (!catalog || !Array.isArray(catalog.entries) || !Array.isArray(catalog.sources)) {
    throw new Error(`${file} is not a catalog (no entries/sources); run \`npm run import-catalog\``);
  }
  cache.set(file, catalog);
  return catalog;
}
