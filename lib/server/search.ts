/**
 * The site's search index, built once per process from the content and the catalog, for the
 * search page, /api/search and /search-index.json: one index, one ranking.
 */
import 'server-only';
import { entityTag } from './revalidate';
import { getCatalog, getContent } from './data';
import { once } from './once';
import { buildSearchIndexFile, loadSearchIndex, searchIndex, type SearchIndex } from '../search/engine';
import { buildSearchDocs } from '../search/documents';
import type { SearchDoc, SearchOutcome, SearchRequest } from '../search/types';

interface Built {
  /** The file as served, serialised once, and its entity tag. */
  json: string;
  etag: string;
  index: SearchIndex;
  docs: Map<string, SearchDoc>;
}

const build = once(async (): Promise<Built> => {
  const docs = buildSearchDocs(await getContent(), getCatalog().entries);
  // The server searches exactly what the browser downloads.
  const file = buildSearchIndexFile(docs);
  const json = JSON.stringify(file);
  return { json, etag: entityTag(json), index: loadSearchIndex(file), docs: new Map(docs.map((d) => [d.id, d])) };
});

/** The function the page and the API call. */
export async function searchSite(request: SearchRequest): Promise<SearchOutcome> {
  return searchIndex((await build()).index, request);
}

/** The full document (with bodies) behind a hit, for snippets on the search page. */
export async function searchDoc(id: string): Promise<SearchDoc | undefined> {
  return (await build()).docs.get(id);
}

/** /search-index.json as sent: the serialised file and its entity tag. */
export async function searchIndexJson(): Promise<{ json: string; etag: string }> {
  const { json, etag } = await build();
  return { json, etag };
}
