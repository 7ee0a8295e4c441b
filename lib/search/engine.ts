/**
 * The one function that answers a query, `searchIndex`: the server (page and API) and the browser
 * (header box) both call it, on an index loaded with `loadSearchIndex`. Its steps: match the query
 * under the filters (once more, relaxed, when nothing matched), rank the matches, describe the
 * hits. It answers with kinds and ids; callers make URLs (hit-path.ts). Pure: no Node imports.
 */
import { CATEGORIES } from '../features/vocabulary';
import type { Lang } from '../features/types';
import { executeQuery, type Execution } from './execute';
import { fieldsFor, type Field } from './fields';
import { highlightNeedles, highlightRanges } from './highlight';
import { kernelCode, type SearchIndex } from './index-file';
import { parseQuery, type ParsedQuery } from './query';
import { documentBoost, groupLinked, KIND_ORDER, MAX_FOLLOWERS, topK, type Scored } from './rank';
import { tokenizeText } from './tokenize';
import { docId, SEARCH_KINDS, type KindCounts, type SearchHit, type SearchOutcome, type SearchRequest, type StoredDoc } from './types';

export { buildSearchIndexFile, loadSearchIndex, type SearchIndex, type SearchIndexFile } from './index-file';

/**
 * Answers a query: every filter applied, counts per kind (before the kind filter), a digest
 * feature and the catalog entry it names side by side, at most `limit` hits. When nothing
 * matches strictly, a relaxed pass (helper names by their parts, more typo tolerance) runs.
 */
export function searchIndex(index: SearchIndex, request: SearchRequest): SearchOutcome {
  const filter = filterOf(request);
  let matches = match(index, request.q, filter, false);
  if (matches.count === 0 && matches.execution) matches = match(index, request.q, filter, true);
  const ranked = rank(index, matches, Math.max(0, request.limit));
  // Index terms the query found (prefix and fuzzy expansions included), for highlighting.
  const expanded = new Set(matches.execution ? matches.execution.expansions.map((e) => index.terms[e.term]) : []);
  return {
    total: matches.count,
    counts: matches.counts,
    hits: ranked.map((c) => describeHit(index, c, request.lang, matches.parsed.needles, expanded)),
    needles: matches.parsed.needles,
    expanded: [...expanded],
  };
}

/** Per-index arrays that do not change between queries, and buffers reused by each. */
interface Prepared {
  boost: Float64Array;
  kindOrder: Uint8Array;
  /** Minus the kind order, as a primary key for topK (higher first). */
  kindRank: Float64Array;
  matches: Int32Array;
  /** Title tokens per document and language, computed when a document is first shown. */
  titleTokens: Map<string, string[]>;
}

const prepared = new WeakMap<SearchIndex, Prepared>();
function prepare(index: SearchIndex): Prepared {
  let p = prepared.get(index);
  if (!p) {
    p = {
      boost: Float64Array.from(index.docs, documentBoost),
      kindOrder: Uint8Array.from(index.kinds, (k) => KIND_ORDER[SEARCH_KINDS[k]]),
      kindRank: Float64Array.from(index.kinds, (k) => -KIND_ORDER[SEARCH_KINDS[k]]),
      matches: new Int32Array(index.n),
      titleTokens: new Map(),
    };
    prepared.set(index, p);
  }
  return p;
}

/** A request's filters as the index encodes them (0 or -1: no filter). */
interface Filter {
  fields: ReadonlySet<Field>;
  categoryBit: number;
  from: number;
  to: number;
  kind: number;
}

function filterOf(request: SearchRequest): Filter {
  return {
    fields: fieldsFor(request.textLang),
    categoryBit: request.category ? 1 << CATEGORIES.indexOf(request.category) : 0,
    from: request.from ? kernelCode(request.from) : -1,
    to: request.to ? kernelCode(request.to) : -1,
    kind: request.kind ? SEARCH_KINDS.indexOf(request.kind) : -1,
  };
}

/** Whether document `d` passes the category and kernel-range filters. */
function passes(index: SearchIndex, d: number, filter: Filter): boolean {
  if (filter.categoryBit && !(index.categories[d] & filter.categoryBit)) return false;
  if (filter.from < 0 && filter.to < 0) return true;
  const kernel = index.kernels[d];
  return kernel >= 0 && (filter.from < 0 || kernel >= filter.from) && (filter.to < 0 || kernel <= filter.to);
}

interface Matches {
  parsed: ParsedQuery;
  /** Null when the query had nothing to look up. */
  execution: Execution | null;
  /** Per document: the boosted score, or 0 (no match, or filtered out). */
  scores: Float64Array;
  /** The matching documents are docs[0 … count) (a buffer kept with the index). */
  docs: Int32Array;
  count: number;
  counts: KindCounts;
}

/** The documents the query matches under the filters, with their boosted scores; counts per kind before the kind filter. */
function match(index: SearchIndex, q: string, filter: Filter, relaxed: boolean): Matches {
  const parsed = parseQuery(q, { relaxed });
  const { boost, matches } = prepare(index);
  if (parsed.clauses.length === 0) return { parsed, execution: null, scores: new Float64Array(0), docs: matches, count: 0, counts: {} };
  const execution = executeQuery(index, parsed, filter.fields);
  // Final scores, in place: boosted, or 0 when a filter drops the document.
  const scores = execution.scores;
  const perKind = new Uint32Array(SEARCH_KINDS.length);
  let count = 0;
  for (let d = 0; d < index.n; d++) {
    if (scores[d] <= 0) continue;
    if (!passes(index, d, filter)) {
      scores[d] = 0;
      continue;
    }
    perKind[index.kinds[d]]++;
    if (filter.kind >= 0 && index.kinds[d] !== filter.kind) {
      scores[d] = 0;
      continue;
    }
    scores[d] *= boost[d];
    matches[count++] = d;
  }
  const counts: KindCounts = {};
  perKind.forEach((n, k) => {
    if (n) counts[SEARCH_KINDS[k]] = n;
  });
  return { parsed, execution, scores, docs: matches, count, counts };
}

interface Candidate extends Scored {
  doc: number;
}

/** The first `limit` matches in their final order, scores falling down the list. */
function rank(index: SearchIndex, matches: Matches, limit: number): Candidate[] {
  const { kindOrder, kindRank } = prepare(index);
  const candidate = (d: number): Candidate => {
    const doc = index.docs[d];
    return { doc: d, id: docId(doc.kind, doc.key), kind: doc.kind, score: matches.scores[d], links: doc.l ?? [] };
  };
  let ordered: Candidate[];
  if (matches.parsed.versionOnly) {
    // A bare version lists what landed in it: the digest's features first, then the catalog by kind.
    ordered = topK(matches.docs, matches.count, limit, kindRank, null).map(candidate);
  } else {
    const best = topK(matches.docs, matches.count, limit, matches.scores, kindOrder);
    ordered = groupLinked([...groupingPool(index, matches.scores, best)].map(candidate)).slice(0, limit);
  }
  // Scores fall down the list, whatever moved a hit up.
  for (let i = 1; i < ordered.length; i++) ordered[i] = { ...ordered[i], score: Math.min(ordered[i].score, ordered[i - 1].score) };
  return ordered;
}

/**
 * What grouping can bring into the first `limit`: the best hits, the entries the best features
 * name, and the best few features naming each of those entries.
 */
function groupingPool(index: SearchIndex, scores: Float64Array, best: readonly number[]): Set<number> {
  const pool = new Set(best);
  const linkedHits = (d: number) => {
    const out: number[] = [];
    for (let i = index.linkStarts[d]; i < index.linkStarts[d + 1]; i++) if (scores[index.links[i]] > 0) out.push(index.links[i]);
    return out;
  };
  const addFollowers = (entry: number) => {
    const features = linkedHits(entry).sort((a, b) => scores[b] - scores[a]);
    // Ties at the cut could go either way in groupLinked: keep every feature tied with the last.
    const cut = features[MAX_FOLLOWERS - 1];
    for (const f of features) if (cut === undefined || scores[f] >= scores[cut]) pool.add(f);
  };
  for (const d of best) {
    if (index.docs[d].kind !== 'feature') {
      addFollowers(d);
      continue;
    }
    for (const entry of linkedHits(d)) {
      pool.add(entry);
      addFollowers(entry);
    }
  }
  return pool;
}

function titleOf(doc: StoredDoc, lang: Lang): string {
  const localised = lang === 'zh' ? (doc.tz ?? doc.te) : (doc.te ?? doc.tz);
  return localised ?? doc.key;
}

/** A ranked match as a hit: its title in `lang`, with what the query matched in it marked. */
function describeHit(index: SearchIndex, c: Candidate, lang: Lang, needles: readonly string[], expanded: ReadonlySet<string>): SearchHit {
  const { titleTokens } = prepare(index);
  const doc = index.docs[c.doc];
  const title = titleOf(doc, lang);
  // A title's own tokens that are among the expanded terms mark what matched.
  const key = `${c.doc}:${lang}`;
  let tokens = titleTokens.get(key);
  if (!tokens) titleTokens.set(key, (tokens = [...new Set(tokenizeText(title))]));
  const terms = tokens.filter((t) => expanded.has(t));
  return {
    kind: c.kind,
    docId: c.id,
    id: doc.key,
    title,
    kernel: doc.k ?? null,
    score: Math.round(c.score * 1000) / 1000,
    titleRanges: highlightRanges(title, highlightNeedles(needles, terms)),
    terms,
  };
}
