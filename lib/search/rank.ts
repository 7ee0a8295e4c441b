/**
 * Final ordering: by score, then a digest feature and the catalog entry it names are kept side by
 * side (the entry first, its features right after), so `bpf_ima_inode_hash` lists the helper and
 * the feature as the top two. Pure.
 */
import type { SearchKind } from './types';

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

export function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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
