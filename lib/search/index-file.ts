/**
 * The search index as data: built from documents with our tokenizer (server and benchmark), served
 * as /search-index.json, and loaded into typed arrays for querying (server and browser).
 *
 * Why not MiniSearch's own document index: at 10,000 records its `addAll` took ~18 s and its
 * `search` 13–260 ms for a term found in half the documents (it allocates a result object per
 * matching document and term). Postings in typed arrays with BM25 scored into one array per
 * query node answer the same queries in well under 2 ms. MiniSearch still provides the term
 * dictionary's radix tree (SearchableMap) for prefix and fuzzy lookups. Pure: no Node imports.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { CATEGORIES } from '../features/vocabulary';
import { parseKernelRelease } from '../kernel/version';
import { lengthNorm } from './bm25';
import { FIELD_NAMES, type Field } from './fields';
import { tokenizeField } from './tokenize';
import { docId, SEARCH_KINDS, type SearchDoc, type SearchKind, type StoredDoc } from './types';

const SEARCH_INDEX_VERSION = 2;

/** What /search-index.json serves. */
export interface SearchIndexFile {
  version: number;
  fields: Field[];
  docs: StoredDoc[];
  /** Tokens per document and field, document-major: lengths[doc * fields.length + field]. */
  lengths: number[];
  terms: string[];
  /**
   * Per term, per field that has it: `field, n, doc₁, doc₂ − doc₁, …, freq₁ … freqₙ`
   * (documents ascending, delta-coded).
   */
  postings: number[][];
}

function stored(doc: SearchDoc): StoredDoc {
  const s: StoredDoc = { kind: doc.kind, key: doc.key };
  if (doc.titleZh) s.tz = doc.titleZh;
  if (doc.titleEn) s.te = doc.titleEn;
  if (doc.kernel) s.k = doc.kernel;
  if (doc.categories.length) s.c = doc.categories;
  if (doc.links.length) s.l = doc.links;
  if (doc.mentioned) s.m = 1;
  return s;
}

export function buildSearchIndexFile(docs: readonly SearchDoc[]): SearchIndexFile {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  // Per term, per field: [doc, freq, doc, freq, …] in document order.
  const lists: (number[] | undefined)[][] = [];
  const lengths: number[] = [];
  const counts = new Map<string, number>();

  docs.forEach((doc, d) => {
    FIELD_NAMES.forEach((field, f) => {
      const tokens = tokenizeField(doc[field], field);
      lengths.push(tokens.length);
      counts.clear();
      for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const [term, freq] of counts) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = terms.length;
          termIds.set(term, id);
          terms.push(term);
          lists.push([]);
        }
        (lists[id][f] ??= []).push(d, freq);
      }
    });
  });

  const postings = lists.map((byField) => {
    const out: number[] = [];
    byField.forEach((pairs, f) => {
      if (!pairs) return;
      const n = pairs.length / 2;
      out.push(f, n);
      let prev = 0;
      for (let i = 0; i < n; i++) {
        out.push(pairs[2 * i] - prev);
        prev = pairs[2 * i];
      }
      for (let i = 0; i < n; i++) out.push(pairs[2 * i + 1]);
    });
    return out;
  });

  return { version: SEARCH_INDEX_VERSION, fields: [...FIELD_NAMES], docs: docs.map(stored), lengths, terms, postings };
}

/** One term's postings, decoded on first use. */
export interface Posting {
  /** For each field that has the term: field number, and the [start, end) of its entries. */
  fields: Uint8Array;
  starts: Uint32Array;
  docs: Int32Array;
  freqs: Uint16Array;
}

export interface SearchIndex {
  /** Documents. */
  n: number;
  fieldCount: number;
  fieldIds: Record<Field, number>;
  docs: StoredDoc[];
  /** Index of each document's kind in SEARCH_KINDS. */
  kinds: Uint8Array;
  /** Bit i set: category CATEGORIES[i]. */
  categories: Uint32Array;
  /** major * 1000 + minor, or -1. */
  kernels: Int32Array;
  /** Linked documents (StoredDoc.l) as document numbers: links[linkStarts[d] … linkStarts[d + 1]). */
  links: Int32Array;
  linkStarts: Uint32Array;
  /** BM25's length normalisation per document and field (lengthNorms). */
  fieldNorms: Float32Array;
  termIds: Map<string, number>;
  terms: string[];
  posting(term: number): Posting;
  /** Non-Chinese terms, for prefix and fuzzy lookups (Chinese is matched by exact bigrams). */
  expansions(): SearchableMap<number>;
}

export function kernelCode(version: string | undefined): number {
  const v = version ? parseKernelRelease(version) : null;
  return v ? v.major * 1000 + v.minor : -1;
}

export function loadSearchIndex(file: SearchIndexFile): SearchIndex {
  if (file?.version !== SEARCH_INDEX_VERSION) throw new Error(`search index version ${file?.version}, expected ${SEARCH_INDEX_VERSION}`);
  const n = file.docs.length;
  const fieldCount = file.fields.length;
  const fieldIds = Object.fromEntries(file.fields.map((f, i) => [f, i])) as Record<Field, number>;
  const kinds = new Uint8Array(n);
  const categories = new Uint32Array(n);
  const kernels = new Int32Array(n);
  file.docs.forEach((doc, d) => {
    kinds[d] = SEARCH_KINDS.indexOf(doc.kind as SearchKind);
    for (const c of doc.c ?? []) categories[d] |= 1 << CATEGORIES.indexOf(c);
    kernels[d] = kernelCode(doc.k);
  });
  const { links, linkStarts } = linkTable(file.docs);
  const fieldNorms = lengthNorms(file.lengths, n, fieldCount);

  const termIds = new Map<string, number>();
  file.terms.forEach((t, i) => termIds.set(t, i));
  const decoded: (Posting | undefined)[] = new Array(file.terms.length);
  let radix: SearchableMap<number> | null = null;

  return {
    n,
    fieldCount,
    fieldIds,
    docs: file.docs,
    kinds,
    categories,
    kernels,
    links,
    linkStarts,
    fieldNorms,
    termIds,
    terms: file.terms,
    posting(term) {
      return (decoded[term] ??= decodePosting(file.postings[term]));
    },
    expansions() {
      if (!radix) {
        radix = new SearchableMap<number>();
        file.terms.forEach((t, i) => {
          if (!/\p{Script=Han}/u.test(t)) radix!.set(t, i);
        });
      }
      return radix;
    },
  };
}

/** Each document's links (ids) as document numbers, packed: links[linkStarts[d] … linkStarts[d + 1]). */
function linkTable(docs: readonly StoredDoc[]): { links: Int32Array; linkStarts: Uint32Array } {
  const docIds = new Map(docs.map((doc, d) => [docId(doc.kind, doc.key), d]));
  const linkStarts = new Uint32Array(docs.length + 1);
  const linked: number[] = [];
  docs.forEach((doc, d) => {
    linkStarts[d] = linked.length;
    for (const id of doc.l ?? []) {
      const target = docIds.get(id);
      if (target !== undefined) linked.push(target);
    }
  });
  linkStarts[docs.length] = linked.length;
  return { links: Int32Array.from(linked), linkStarts };
}

/** BM25's length norm of every document's every field, against the field's average length. */
function lengthNorms(lengths: readonly number[], n: number, fieldCount: number): Float32Array {
  const fieldLengths = Float32Array.from(lengths);
  const averageLengths = new Float64Array(fieldCount);
  for (let d = 0; d < n; d++) for (let f = 0; f < fieldCount; f++) averageLengths[f] += fieldLengths[d * fieldCount + f];
  for (let f = 0; f < fieldCount; f++) averageLengths[f] = averageLengths[f] / Math.max(1, n) || 1;
  const norms = new Float32Array(n * fieldCount);
  for (let d = 0; d < n; d++) {
    for (let f = 0; f < fieldCount; f++) norms[d * fieldCount + f] = lengthNorm(fieldLengths[d * fieldCount + f], averageLengths[f]);
  }
  return norms;
}

function decodePosting(raw: number[]): Posting {
  let groups = 0;
  let total = 0;
  for (let i = 0; i < raw.length; i += 2 + 2 * raw[i + 1]) {
    groups++;
    total += raw[i + 1];
  }
  const p: Posting = {
    fields: new Uint8Array(groups),
    starts: new Uint32Array(groups + 1),
    docs: new Int32Array(total),
    freqs: new Uint16Array(total),
  };
  let at = 0;
  let g = 0;
  for (let i = 0; i < raw.length; g++) {
    const count = raw[i + 1];
    p.fields[g] = raw[i];
    p.starts[g] = at;
    let doc = 0;
    for (let j = 0; j < count; j++) {
      doc += raw[i + 2 + j];
      p.docs[at + j] = doc;
      p.freqs[at + j] = raw[i + 2 + count + j];
    }
    at += count;
    i += 2 + 2 * count;
  }
  p.starts[groups] = at;
  return p;
}
