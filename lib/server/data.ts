/**
 * The data pages and API routes read: the catalog and the content, loaded once per process.
 * Content with problems throws (the build already failed on it; this guards `next dev`).
 */
import 'server-only';
import { loadCatalog } from './catalog';
import { createCatalogIndex } from '../catalog/lookup';
import { loadContent } from './content/load-content';
import { ContentError } from '../content/problems';
import type { Content } from '../content/types';
import { once } from './once';

let catalogIndex: ReturnType<typeof createCatalogIndex> | null = null;

export const getCatalog = loadCatalog;

export function getCatalogIndex() {
  catalogIndex ??= createCatalogIndex(loadCatalog());
  return catalogIndex;
}

export const getContent: () => Promise<Content> = once(async () => {
  const content = await loadContent(getCatalogIndex());
  if (content.problems.length > 0) throw new ContentError(content.problems);
  return content;
});
