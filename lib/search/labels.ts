/** Which dictionary words name each kind of result: plural for counts and tabs, singular for badges. */
import type { DictionaryKey } from '../i18n/dictionary';
import type { SearchKind } from './types';

export const SEARCH_KIND_LABEL_KEYS: Record<SearchKind, DictionaryKey> = {
  feature: 'kindFeature',
  helper: 'kindHelper',
  'program-type': 'kindProgramType',
  'map-type': 'kindMapType',
  'attach-type': 'kindAttachType',
  kfunc: 'kindKfunc',
  explainer: 'kindExplainer',
  issue: 'kindIssue',
};

export const SEARCH_KIND_BADGE_KEYS: Record<SearchKind, DictionaryKey> = {
  feature: 'searchBadgeFeature',
  helper: 'searchBadgeHelper',
  'program-type': 'searchBadgeProgramType',
  'map-type': 'searchBadgeMapType',
  'attach-type': 'searchBadgeAttachType',
  kfunc: 'searchBadgeKfunc',
  explainer: 'searchBadgeExplainer',
  issue: 'searchBadgeIssue',
};

export interface SearchBoxLabels {
  box: string;
  placeholder: string;
  submit: string;
  shortcut: string;
  loading: string;
  unavailable: string;
  seeAll: string;
  keysHint: string;
  results: string;
  noResults: string;
  kinds: Record<SearchKind, string>;
  badges: Record<SearchKind, string>;
}

/** The header box's words, picked on the server so the island ships only these. */
export function searchBoxLabels(t: Record<DictionaryKey, string>): SearchBoxLabels {
  const pick = (keys: Record<SearchKind, DictionaryKey>) =>
    Object.fromEntries(Object.entries(keys).map(([kind, key]) => [kind, t[key]])) as Record<SearchKind, string>;
  return {
    box: t.searchBoxLabel,
    placeholder: t.searchPlaceholder,
    submit: t.searchSubmit,
    shortcut: t.searchShortcut,
    loading: t.searchLoading,
    unavailable: t.searchUnavailable,
    seeAll: t.searchSeeAll,
    keysHint: t.searchKeysHint,
    results: t.searchResultsLabel,
    noResults: t.searchNoResults,
    kinds: pick(SEARCH_KIND_LABEL_KEYS),
    badges: pick(SEARCH_KIND_BADGE_KEYS),
  };
}
