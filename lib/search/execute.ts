/**
 * Scores a parsed query against a loaded index: BM25 per field (MiniSearch's BM25+ variant and
 * prefix/fuzzy weights), summed with field boosts into one dense array per query node; AND keeps
 * documents every child matched, OR sums. Pure, and allocation-light: the arrays come from a pool
 * kept with the index.
 */
import { BM25, inverseDocumentFrequency } from './bm25';
import { FIELDS, WORD_FIELDS, type Field } from './fields';
import type { SearchIndex } from './index-file';
import type { Clause, Leaf, ParsedQuery, QueryNode } from './query';

/** BM25 in the inner loop, as plain numbers. */
const K1_PLUS_1 = BM25.k1 + 1;
const DELTA = BM25.delta;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** Prefix expansion budget: at least this many terms, then stop once this many postings are in. */
const MIN_PREFIX_TERMS = 50;
const MAX_PREFIX_POSTINGS = 20_000;

/** An index term a leaf matched, and how much a match on it is worth. */
export interface Expansion {
  term: number;
  weight: number;
}

export interface Execution {
  /** Score per document; 0 = no match. Owned by the pool: read it before the next query. */
  scores: Float64Array;
  /** Every index term the query looked up, for highlighting what matched. */
  expansions: Expansion[];
}

interface Scratch {
  pool: Float64Array[];
  /** Leaves each document matched (MiniSearch multiplies by it too: more of the query, better). */
  leafCount: Uint16Array;
  leafStamp: Int32Array;
  gramCount: Uint16Array;
  aliasHit: Uint8Array;
  leafSerial: number;
}

const scratches = new WeakMap<SearchIndex, Scratch>();

function scratchFor(index: SearchIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    s = {
      pool: [],
      leafCount: new Uint16Array(index.n),
      leafStamp: new Int32Array(index.n),
      gramCount: new Uint16Array(index.n),
      aliasHit: new Uint8Array(index.n),
      leafSerial: 0,
    };
    scratches.set(index, s);
  }
  return s;
}

class Context {
  readonly expansions: Expansion[] = [];
  private readonly taken: Float64Array[] = [];
  constructor(
    readonly index: SearchIndex,
    readonly scratch: Scratch,
    readonly allowed: ReadonlySet<Field>,
  ) {}

  take(): Float64Array {
    const a = this.scratch.pool.pop() ?? new Float64Array(this.index.n);
    a.fill(0);
    this.taken.push(a);
    return a;
  }

  give(a: Float64Array) {
    const i = this.taken.indexOf(a);
    if (i >= 0) this.taken.splice(i, 1);
    this.scratch.pool.push(a);
  }
}

function expand(index: SearchIndex, leaf: Leaf): Expansion[] {
  const out: Expansion[] = [];
  const exact = index.termIds.get(leaf.term);
  if (exact !== undefined) out.push({ term: exact, weight: 1 });
  if (!leaf.prefix && !leaf.fuzzy) return out;
  const seen = new Set<number>(exact === undefined ? [] : [exact]);
  const radix = index.expansions();
  if (leaf.prefix) {
    // Shortest first (they weigh most); a short prefix of a big corpus (`bpf_`) stops after a
    // budget of postings, like Lucene's max_expansions, so one keystroke cannot scan everything.
    const found: [string, number][] = [];
    for (const [term, id] of radix.atPrefix(leaf.term)) if (!seen.has(id)) found.push([term, id]);
    found.sort((a, b) => a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
    let postings = 0;
    for (const [term, id] of found) {
      if (out.length >= MIN_PREFIX_TERMS && postings >= MAX_PREFIX_POSTINGS) break;
      seen.add(id);
      postings += index.posting(id).docs.length;
      const distance = term.length - leaf.term.length;
      out.push({ term: id, weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance) });
    }
  }
  if (leaf.fuzzy) {
    for (const [term, [id, distance]] of radix.fuzzyGet(leaf.term, leaf.fuzzy)) {
      if (seen.has(id) || distance === 0) continue;
      seen.add(id);
      out.push({ term: id, weight: (FUZZY_WEIGHT * term.length) / (term.length + distance) });
    }
  }
  return out;
}

function scoreLeaf(ctx: Context, leaf: Leaf, into: Float64Array, role: 'gram' | 'alias' | undefined) {
  const { index, scratch } = ctx;
  const fields = (leaf.fields ?? WORD_FIELDS).filter((f) => ctx.allowed.has(f));
  if (fields.length === 0) return;
  const fieldMask = fields.reduce((m, f) => m | (1 << index.fieldIds[f]), 0);
  const serial = ++scratch.leafSerial;
  const { leafStamp, leafCount, gramCount, aliasHit } = scratch;
  const F = index.fieldCount;
  const weight = leaf.weight ?? 1;
  const boosts = new Float64Array(F);
  for (const f of fields) boosts[index.fieldIds[f]] = FIELDS[f].boost * weight;

  for (const expansion of expand(index, leaf)) {
    ctx.expansions.push(expansion);
    const p = index.posting(expansion.term);
    for (let g = 0; g < p.fields.length; g++) {
      const f = p.fields[g];
      if (!(fieldMask & (1 << f))) continue;
      const start = p.starts[g];
      const end = p.starts[g + 1];
      const factor = expansion.weight * boosts[f] * inverseDocumentFrequency(index.n, end - start);
      const norms = index.fieldNorms;
      for (let i = start; i < end; i++) {
        const d = p.docs[i];
        const tf = p.freqs[i];
        into[d] += factor * (DELTA + (tf * K1_PLUS_1) / (tf + norms[d * F + f]));
        if (leafStamp[d] !== serial) {
          leafStamp[d] = serial;
          leafCount[d]++;
          if (role === 'gram') gramCount[d]++;
          else if (role === 'alias') aliasHit[d] = 1;
        }
      }
    }
  }
}

/**
 * A node's scores. `into` (zeroed by the caller) receives them when given: an OR scores its leaf
 * children straight into one array, so only nested groups cost an array of their own.
 */
function evaluate(ctx: Context, node: QueryNode, role: 'gram' | 'alias' | undefined, into?: Float64Array): Float64Array {
  const out = into ?? ctx.take();
  if ('term' in node) {
    scoreLeaf(ctx, node, out, node.role ?? role);
    return out;
  }
  const childRole = node.role ?? role;
  if (node.op === 'OR') {
    for (const child of node.children) {
      if ('term' in child) {
        scoreLeaf(ctx, child, out, child.role ?? childRole);
        continue;
      }
      const next = evaluate(ctx, child, childRole);
      for (let d = 0; d < out.length; d++) out[d] += next[d];
      ctx.give(next);
    }
    return out;
  }
  const [first, ...rest] = node.children;
  evaluate(ctx, first, childRole, out);
  for (const child of rest) {
    const next = evaluate(ctx, child, childRole);
    for (let d = 0; d < out.length; d++) out[d] = out[d] > 0 && next[d] > 0 ? out[d] + next[d] : 0;
    ctx.give(next);
  }
  return out;
}

function evaluateClause(ctx: Context, clause: Clause): Float64Array {
  const { scratch } = ctx;
  if (!clause.coverage) return evaluate(ctx, clause.node, undefined);
  scratch.gramCount.fill(0);
  scratch.aliasHit.fill(0);
  const out = evaluate(ctx, clause.node, undefined);
  // Chinese clauses match by bigram: a document with a third of them is worth a third as much.
  const grams = clause.coverage.grams.length;
  for (let d = 0; d < out.length; d++) {
    if (out[d] > 0 && !scratch.aliasHit[d]) out[d] *= scratch.gramCount[d] / grams;
  }
  return out;
}

export function executeQuery(index: SearchIndex, parsed: ParsedQuery, allowed: ReadonlySet<Field>): Execution {
  const scratch = scratchFor(index);
  const ctx = new Context(index, scratch, allowed);
  scratch.leafCount.fill(0);
  let out: Float64Array | null = null;
  for (const clause of parsed.clauses) {
    const next = evaluateClause(ctx, clause);
    if (!out) {
      out = next;
      continue;
    }
    for (let d = 0; d < out.length; d++) out[d] = out[d] > 0 && next[d] > 0 ? out[d] + next[d] : 0;
    ctx.give(next);
  }
  const scores = out ?? ctx.take();
  for (let d = 0; d < scores.length; d++) if (scores[d] > 0) scores[d] *= scratch.leafCount[d];
  // The result array goes back to the pool too: the caller reads it before the next query.
  ctx.give(scores);
  return { scores, expansions: ctx.expansions };
}
