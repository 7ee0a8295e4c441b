/**
 * BM25+ as MiniSearch scores it, in one place: the index stores each field's length norm when it
 * loads, a query adds up term scores with them. Pure.
 */

/** Term-frequency saturation (k1), length normalisation (b), and the floor a match is worth (δ). */
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;

/** A field's length normalisation: k1·(1 − b + b·length/average). */
export function lengthNorm(length: number, averageLength: number): number {
  return K1 * (1 - B + (B * length) / averageLength);
}

/** How rare a term found in `df` of `n` documents is. */
export function inverseDocumentFrequency(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** A term's score in one field of one document, before idf and boosts: δ + tf·(k1 + 1)/(tf + norm). */
export function termScore(tf: number, norm: number): number {
  return DELTA + (tf * (K1 + 1)) / (tf + norm);
}
