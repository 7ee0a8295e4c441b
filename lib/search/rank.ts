/**
 * Ranking: per-document boosts, the best `k` of the matches, and the final ordering, where a
 * digest feature and the catalog entry it names are kept side by side (the entry first, its
 * features right after), so `bpf_ima_inode_hash` lists the helper and the feature as the top two.
 * Pure.
 */
import type { SearchKind, StoredDoc } from './types';

/** Per-kind document boost: digest features first, aggregate pages (issues) last. */
const KIND_BOOST: Record<SearchKind, number> = {
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

/** What a document's match score is multiplied by. */
export function documentBoost(doc: StoredDoc): number {
  return KIND_BOOST[doc.kind] * (doc.m ? MENTIONED_BOOST : 1);
}

export interface Scored {
  id: string;
  kind: SearchKind;
  score: number;
  /** Ids of documents linked to this one (feature ↔ catalog entries it names). */
  links: readonly string[];
}

/** Tie-break between equal scores (a version query scores everything that landed there alike). */
export const KIND_ORDER: Record<SearchKind, number> = {
  feature: 0,
  helper: 1,
  'program-type': 2,
  'map-type': 3,
  'attach-type': 4,
  kfunc: 5,
  explainer: 6,
  issue: 7,
};

function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The `k` best of `docs[0 … count)`, best first, without sorting them all: most documents lose to
 * the current k-th at once (one comparison); the rest go into a short sorted list. Order: higher
 * `primary` first (score, or minus the kind's rank), then lower `secondary` (the kind's rank), then
 * index order.
 */
export function topK(docs: Int32Array, count: number, k: number, primary: Float64Array, secondary: Uint8Array | null): number[] {
  const best: number[] = [];
  if (k <= 0) return best;
  const before = (a: number, b: number) =>
    primary[a] > primary[b] ||
    (primary[a] === primary[b] &&
      ((secondary ? secondary[a] - secondary[b] : 0) < 0 || ((secondary ? secondary[a] === secondary[b] : true) && a < b)));
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

/** How many features follow the entry they name; more keep their own rank (a busy helper cannot flood the list). */
export const MAX_FOLLOWERS = 3;

/**
 * Orders hits (any order in) into groups: the best remaining hit opens a group. A catalog entry
 * opens with itself followed by the (at most MAX_FOLLOWERS best) features naming it; a feature that
 * names a matching entry gives way to the best such entry and follows it. Only hits join groups:
 * nothing that did not match is added. Each hit's score becomes its group's score, slightly
 * lowered by position, so scores fall monotonically down the list.
 */
export function groupLinked<T extends Scored>(hits: readonly T[], maxFollowers = MAX_FOLLOWERS): T[] {
  const sorted = [...hits].sort(byScore);
  const byId = new Map(sorted.map((h) => [h.id, h]));
  const placed = new Set<string>();
  const out: T[] = [];

  const place = (hit: T, score: number) => {
    placed.add(hit.id);
    const last = out[out.length - 1];
    out.push({ ...hit, score: last ? Math.min(score, last.score) : score });
  };
  const linkedHits = (hit: T) =>
    hit.links
      .map((id) => byId.get(id))
      .filter((h): h is T => h !== undefined)
      .sort(byScore);

  for (const hit of sorted) {
    if (placed.has(hit.id)) continue;
    const groupScore = hit.score;
    let anchor = hit;
    if (hit.kind === 'feature') {
      const entry = linkedHits(hit).find((h) => !placed.has(h.id));
      if (entry) anchor = entry;
    }
    place(anchor, groupScore);
    const followers = anchor.kind === 'feature' ? [] : linkedHits(anchor).slice(0, maxFollowers);
    if (anchor !== hit && !followers.includes(hit)) followers.unshift(hit);
    let step = 0;
    for (const follower of followers) {
      if (placed.has(follower.id)) continue;
      place(follower, groupScore * (1 - 0.001 * ++step));
    }
  }
  return out;
}
