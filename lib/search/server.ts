/**
 * The site's search index, built once per process from the content and the catalog, for the
 * search page, /api/search and /search-index.json: one index, one ranking.
 */
import 'server-only';
import { getCatalog, getContent } from '../server/data';
import { buildSearchIndexFile, loadSearchIndex, searchIndex, type SearchIndex, type SearchIndexFile } from './engine';
import { searchDocsFrom } from './source';
import type { SearchDoc, SearchOutcome, SearchRequest } from './types';

interface Built {
  file: SearchIndexFile;
  index: SearchIndex;
  docs: Map<string, SearchDoc>;
}

let built: Promise<Built> | null = null;

function build(): Promise<Built> {
  built ??= (async () => {
    const docs = await searchDocsFrom(await getContent(), getCatalog());
    // The server searches exactly what the browser downloads.
    const file = buildSearchIndexFile(docs);
    return { file, index: loadSearchIndex(file), docs: new Map(docs.map((d) => [d.id, d])) };
  })().catch((err) => {
    built = null;
    throw err;
  });
  return built;
}

/** The function the page and the API call. */
export async function searchSite(request: SearchRequest): Promise<SearchOutcome> {
  return searchIndex((await build()).index, request);
}

/** The full document (with bodies) behind a hit, for snippets on the search page. */
export async function searchDoc(id: string): Promise<SearchDoc | undefined> {
  return (await build()).docs.get(id);
}

export async function searchIndexFile(): Promise<SearchIndexFile> {
  return (await build()).file;
}
