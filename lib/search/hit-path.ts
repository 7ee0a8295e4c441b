/**
 * The page a search hit leads to. The engine answers with kinds and ids; the search page, the API
 * and the header box make the URL here, with the site's `paths`. Pure.
 */
import type { CatalogKind } from '../catalog/types';
import type { Lang } from '../features/types';
import { paths } from '../site';
import type { SearchHit, SearchKind } from './types';

function isCatalogKind(kind: SearchKind): kind is CatalogKind {
  return kind !== 'feature' && kind !== 'explainer' && kind !== 'issue';
}

export function searchHitPath(lang: Lang, hit: Pick<SearchHit, 'kind' | 'id'>): string {
  if (isCatalogKind(hit.kind)) return paths.catalogEntry(lang, hit.kind, hit.id);
  switch (hit.kind) {
    case 'feature':
      return paths.feature(lang, hit.id);
    case 'explainer':
      return paths.explainer(lang, hit.id);
    case 'issue':
      return paths.issue(lang, Number(hit.id));
  }
}
