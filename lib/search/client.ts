/**
 * The browser side of search: fetch /search-index.json once, on first use, and answer queries with
 * the same `searchIndex` the server runs. Loaded by the header box with a dynamic import, so
 * MiniSearch stays out of every page's initial JavaScript.
 */
import { loadSearchIndex, searchIndex, type SearchIndex, type SearchIndexFile } from './engine';
import type { SearchOutcome, SearchRequest } from './types';

const SEARCH_INDEX_URL = '/search-index.json';

let loading: Promise<SearchIndex> | null = null;

export function loadBrowserIndex(url = SEARCH_INDEX_URL): Promise<SearchIndex> {
  loading ??= fetch(url, { credentials: 'same-origin' })
    .then((res) => {
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return res.json() as Promise<SearchIndexFile>;
    })
    .then(loadSearchIndex)
    .catch((err) => {
      loading = null; // let a later keystroke try again
      throw err;
    });
  return loading;
}

export async function searchInBrowser(request: SearchRequest): Promise<SearchOutcome> {
  return searchIndex(await loadBrowserIndex(), request);
}
