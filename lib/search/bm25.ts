/**
 * BM25+ as MiniSearch scores it, in one place: the index stores each field's length norm when it
 * loads; a query adds up, per matching field, idf · (δ + tf·(k1 + 1)/(tf + norm)). That sum is
 * written out in execute.ts's inner loop, with these constants: a function call per posting cost
 * ~15 % of the query time. Pure.
 */

/** Term-frequency saturation (k1), length normalisation (b), and the floor a match is worth (δ). */
export const BM25 = { k1: 1.2, b: 0.7, delta: 0.5 } as const;

/** A field's length normalisation: k1·(1 − b + b·length/average). */
export function lengthNorm(length: number, averageLength: number): number {
  return BM25.k1 * (1 - BM25.b + (BM25.b * length) / averageLength);
}

/** How rare a term found in `df` of `n` documents is. */
export function inverseDocumentFrequency(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}
