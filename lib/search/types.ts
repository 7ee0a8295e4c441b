/** The shapes search works with. Pure types, shared by the server, the API and the browser. */
import type { CatalogKind } from '../catalog/types';
import type { Category } from '../features/vocabulary';
import type { Lang } from '../features/types';

export const SEARCH_KINDS = ['feature', 'helper', 'program-type', 'map-type', 'attach-type', 'kfunc', 'explainer', 'issue'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export function isSearchKind(value: string): value is SearchKind {
  return (SEARCH_KINDS as readonly string[]).includes(value);
}

export function isCatalogSearchKind(kind: SearchKind): kind is CatalogKind {
  return kind !== 'feature' && kind !== 'explainer' && kind !== 'issue';
}

/**
 * One searchable thing. Text in both languages sits in one document, so a record is found by its
 * Chinese original and by its English translation alike; the language filter picks the fields.
 */
export interface SearchDoc {
  /** `helper:bpf_ima_inode_hash`, `feature:bpf-ima-inode-hash`, `explainer:btf`, `issue:2`. */
  id: string;
  kind: SearchKind;
  /** What the page URL is made of: the catalog name, feature id, explainer slug or issue number. */
  key: string;
  /** Catalog entries: the name without its family prefix (`ima_inode_hash`, `ringbuf`). */
  short: string;
  /** Catalog entries: the full name (`bpf_ima_inode_hash`, `BPF_MAP_TYPE_RINGBUF`). */
  name: string;
  /** Features: the catalog names and other APIs the feature names. */
  refs: string;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
  /** Kind and category labels in both languages, component names, glossary keywords. */
  tags: string;
  /** `X.Y`, or '' when none (userspace features, explainers). */
  kernel: string;
  categories: Category[];
  /** Ids of documents that belong next to this one in the results (a feature and the entries it names). */
  links: string[];
  /** Catalog entries: named by at least one digest feature. */
  mentioned: boolean;
}

/** What the browser needs of a document to show and filter a result (MiniSearch stored fields). */
export interface StoredDoc {
  kind: SearchKind;
  key: string;
  tz?: string;
  te?: string;
  k?: string;
  c?: Category[];
  l?: string[];
  m?: 1;
}

export interface SearchFilters {
  kind?: SearchKind;
  category?: Category;
  /** Kernel range, inclusive, `X.Y`. */
  from?: string;
  to?: string;
  /** Match only text in this language (names match in both). */
  textLang?: Lang;
}

export interface SearchRequest extends SearchFilters {
  q: string;
  /** The interface language: titles and URLs. */
  lang: Lang;
  limit: number;
}

/** [start, end) offsets into a string, in UTF-16 code units. */
export type Range = [number, number];

export interface SearchHit {
  kind: SearchKind;
  /** The document id (`helper:bpf_ima_inode_hash`). */
  docId: string;
  /** The catalog name, feature id, explainer slug or issue number. */
  id: string;
  title: string;
  url: string;
  kernel: string | null;
  score: number;
  /** Matched ranges in the title. */
  titleRanges: Range[];
  /** Index terms of the title that the query matched. */
  terms: string[];
}

export type KindCounts = Partial<Record<SearchKind, number>>;

export interface SearchOutcome {
  /** Matches after every filter. */
  total: number;
  /** Matches per kind, after every filter but the kind. */
  counts: KindCounts;
  hits: SearchHit[];
  /** Strings worth highlighting anywhere in a result (query words, aliases). */
  needles: string[];
  /** Every index term the query matched (prefix and fuzzy expansions included). */
  expanded: string[];
}
