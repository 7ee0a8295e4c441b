/**
 * The one function that answers a query, `searchIndex`: the server (page and API) and the browser
 * (header box) both call it, on an index built by `createSearchIndex` or loaded from
 * /search-index.json with `loadSearchIndex`. Pure: no Node imports.
 */
import { CATEGORIES } from '../features/vocabulary';
import type { Lang } from '../features/types';
import { paths } from '../site';
import { executeQuery } from './execute';
import { highlightNeedles, highlightRanges } from './highlight';
import { buildSearchIndexFile, FIELDS, kernelCode, loadSearchIndex, type SearchIndex } from './index-file';
import { parseQuery, type Field } from './query';
import { tokenizeText } from './tokenize';
import { groupLinked, KIND_ORDER, MAX_FOLLOWERS, type Scored } from './rank';
import { isCatalogSearchKind, SEARCH_KINDS, type KindCounts, type SearchDoc, type SearchHit, type SearchOutcome, type SearchRequest, type StoredDoc } from './types';

export { buildSearchIndexFile, loadSearchIndex, type SearchIndex } from './index-file';
export type { SearchIndexFile } from './index-file';

export function createSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  return loadSearchIndex(buildSearchIndexFile(docs));
}

/** Per-kind document boost: digest features first, aggregate pages (issues) last. */
const KIND_BOOST: Record<StoredDoc['kind'], number> = {
  feature: 1.15,
  helper: 1.05,
  'program-type': 1,
  'map-type': 1,
  'attach-type': 0.95,
  kfunc: 0.95,
  explainer: 0.95,
  issue: 0.8,
};
/** Catalog entries the digest talks about rank above their unmentioned siblings. */
const MENTIONED_BOOST = 1.1;

const FIELDS_NOT_IN: Record<Lang, readonly Field[]> = { zh: ['titleEn', 'bodyEn'], en: ['titleZh', 'bodyZh'] };

/** Per-index arrays that do not change between queries, and a buffer reused by each. */
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
      boost: Float64Array.from(index.docs, (doc) => KIND_BOOST[doc.kind] * (doc.m ? MENTIONED_BOOST : 1)),
      kindOrder: Uint8Array.from(index.kinds, (k) => KIND_ORDER[SEARCH_KINDS[k]]),
      kindRank: Float64Array.from(index.kinds, (k) => -KIND_ORDER[SEARCH_KINDS[k]]),
      matches: new Int32Array(index.n),
      titleTokens: new Map(),
    };
    prepared.set(index, p);
  }
  return p;
}

/** The tokens of `text` that the query matched in the index. */
export function matchedTerms(text: string, expanded: ReadonlySet<string>): string[] {
  return [...new Set(tokenizeText(text).filter((t) => expanded.has(t)))];
}

export function titleOf(doc: StoredDoc, lang: Lang): string {
  const localised = lang === 'zh' ? doc.tz ?? doc.te : doc.te ?? doc.tz;
  return localised ?? doc.key;
}

export function urlOf(doc: StoredDoc, lang: Lang): string {
  if (isCatalogSearchKind(doc.kind)) return paths.catalogEntry(lang, doc.kind, doc.key);
  switch (doc.kind) {
    case 'feature':
      return paths.feature(lang, doc.key);
    case 'explainer':
      return paths.explainer(lang, doc.key);
    default:
      return paths.issue(lang, Number(doc.key));
  }
}

interface Candidate extends Scored {
  doc: number;
}

/**
 * The `k` best of the matching documents, best first, without sorting them all: most documents
 * lose to the current k-th at once (one comparison); the rest go into a short sorted list.
 * Order: higher `primary` first (score, or minus the kind's rank), then lower `secondary`
 * (the kind's rank, or 0), then index order.
 */
function topK(docs: Int32Array, count: number, k: number, primary: Float64Array, secondary: Uint8Array | null): number[] {
  const best: number[] = [];
  if (k <= 0) return best;
  const before = (a: number, b: number) =>
    primary[a] > primary[b] || (primary[a] === primary[b] && ((secondary ? secondary[a] - secondary[b] : 0) < 0 || ((secondary ? secondary[a] === secondary[b] : true) && a < b)));
  for (let i = 0; i < count; i++) {
    const d = docs[i];
    if (best.length === k) {
      const last = best[k - 1];
      if (primary[d] < primary[last]) continue;
      if (!before(d, last)) continue;
    }
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && before(d, best[at - 1])) at--;
    best.splice(at, 0, d);
    if (best.length > k) best.pop();
  }
  return best;
}

/**
 * Answers a query: every filter applied, counts per kind (before the kind filter), a digest
 * feature and the catalog entry it names side by side, at most `limit` hits. When nothing
 * matches strictly, a relaxed pass (helper names by their parts, more typo tolerance) runs.
 */
export function searchIndex(index: SearchIndex, request: SearchRequest): SearchOutcome {
  const excluded = request.textLang ? FIELDS_NOT_IN[request.textLang] : [];
  const allowed = new Set(FIELDS.filter((f) => !excluded.includes(f)));
  const category = request.category ? 1 << CATEGORIES.indexOf(request.category) : 0;
  const from = request.from ? kernelCode(request.from) : -1;
  const to = request.to ? kernelCode(request.to) : -1;
  const { boost, kindOrder, kindRank, matches, titleTokens } = prepare(index);

  const byKernel = from >= 0 || to >= 0;

  const run = (relaxed: boolean) => {
    const parsed = parseQuery(request.q, { relaxed });
    const counts: KindCounts = {};
    let count = 0;
    if (parsed.clauses.length === 0) return { parsed, counts, scores: new Float64Array(0), count, execution: null };
    const execution = executeQuery(index, parsed, allowed);
    // Final scores, in place: boosted, or 0 when a filter drops the document.
    const scores = execution.scores;
    const kindFilter = request.kind ? SEARCH_KINDS.indexOf(request.kind) : -1;
    const perKind = new Uint32Array(SEARCH_KINDS.length);
    for (let d = 0; d < index.n; d++) {
      if (scores[d] <= 0) continue;
      const kernel = index.kernels[d];
      if (
        (category && !(index.categories[d] & category)) ||
        (byKernel && (kernel < 0 || (from >= 0 && kernel < from) || (to >= 0 && kernel > to)))
      ) {
        scores[d] = 0;
        continue;
      }
      perKind[index.kinds[d]]++;
      if (kindFilter >= 0 && index.kinds[d] !== kindFilter) {
        scores[d] = 0;
        continue;
      }
      scores[d] *= boost[d];
      matches[count++] = d;
    }
    perKind.forEach((n, k) => {
      if (n) counts[SEARCH_KINDS[k]] = n;
    });
    return { parsed, counts, scores, count, execution };
  };

  let pass = run(false);
  if (pass.count === 0 && pass.execution) pass = run(true);
  const { parsed, counts, scores, count, execution } = pass;
  const limit = Math.max(0, request.limit);
  const candidate = (d: number): Candidate => {
    const doc = index.docs[d];
    return { doc: d, id: `${doc.kind}:${doc.key}`, kind: doc.kind, score: scores[d], links: doc.l ?? [] };
  };

  let ordered: Candidate[];
  if (parsed.versionOnly) {
    // A bare version lists what landed in it: the digest's features first, then the catalog by kind.
    ordered = topK(matches, count, limit, kindRank, null).map(candidate);
  } else {
    const best = topK(matches, count, limit, scores, kindOrder);
    // What grouping can bring into the first `limit`: the best hits, the entries the best
    // features name, and the best few features naming each of those entries.
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
      if (index.docs[d].kind === 'feature') {
        for (const entry of linkedHits(d)) {
          pool.add(entry);
          addFollowers(entry);
        }
      } else addFollowers(d);
    }
    ordered = groupLinked([...pool].map(candidate)).slice(0, limit);
  }
  // Scores fall down the list, whatever moved a hit up.
  for (let i = 1; i < ordered.length; i++) ordered[i] = { ...ordered[i], score: Math.min(ordered[i].score, ordered[i - 1].score) };

  // Index terms the query found (prefix and fuzzy expansions included), for highlighting: a
  // title's own tokens that are among them mark what matched.
  const expanded = new Set(execution ? execution.expansions.map((e) => index.terms[e.term]) : []);
  const hits: SearchHit[] = ordered.map((c) => {
    const doc = index.docs[c.doc];
    const title = titleOf(doc, request.lang);
    const key = `${c.doc}:${request.lang}`;
    let tokens = titleTokens.get(key);
    if (!tokens) titleTokens.set(key, (tokens = [...new Set(tokenizeText(title))]));
    const terms = tokens.filter((t) => expanded.has(t));
    return {
      kind: c.kind,
      docId: c.id,
      id: doc.key,
      title,
      url: urlOf(doc, request.lang),
      kernel: doc.k ?? null,
      score: Math.round(c.score * 1000) / 1000,
      titleRanges: highlightRanges(title, highlightNeedles(parsed.needles, terms)),
      terms,
    };
  });
  return { total: count, counts, hits, needles: parsed.needles, expanded: [...expanded] };
}
