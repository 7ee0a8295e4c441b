/** The shapes search works with. Pure types, shared by the server, the API and the browser. */
import type { Category } from '../features/vocabulary';
import type { Lang } from '../features/types';
import type { Field } from './fields';

export const SEARCH_KINDS = ['feature', 'helper', 'program-type', 'map-type', 'attach-type', 'kfunc', 'explainer', 'issue'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** `helper:bpf_ima_inode_hash`, `feature:bpf-ima-inode-hash`, `explainer:btf`, `issue:2`. */
export function docId(kind: SearchKind, key: string | number): string {
  return `${kind}:${key}`;
}

/**
 * One searchable thing: its text fields (lib/search/fields.ts says what each holds) and what
 * shows and filters a result. Text in both languages sits in one document, so a record is found
 * by its Chinese original and by its English translation alike; the language filter picks the fields.
 */
export interface SearchDoc extends Record<Field, string> {
  /** docId(kind, key). */
  id: string;
  kind: SearchKind;
  /** What the page URL is made of: the catalog name, feature id, explainer slug or issue number. */
  key: string;
  categories: Category[];
  /** Ids of documents that belong next to this one in the results (a feature and the entries it names). */
  links: string[];
  /** Catalog entries: named by at least one digest feature. */
  mentioned: boolean;
}

/** What the index file keeps of a document to show and filter a result, in short keys. */
export interface StoredDoc {
  kind: SearchKind;
  key: string;
  /** Title in Chinese, in English. */
  tz?: string;
  te?: string;
  /** Kernel version. */
  k?: string;
  c?: Category[];
  /** Linked document ids. */
  l?: string[];
  /** Mentioned by the digest. */
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
  /** The interface language of the titles. */
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
