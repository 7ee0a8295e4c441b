/**
 * Where a result's text matches, as ranges to mark. Rendering wraps the ranges in <mark> as text
 * nodes: nothing here produces HTML. Pure.
 */
import { tokenizeText } from './tokenize';
import type { Range } from './types';

const HAN_CHAR = /\p{Script=Han}/u;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiled needles: the same few recur for every result of a query. */
const compiled = new Map<string, RegExp>();
function needleRegExp(needle: string): RegExp {
  let re = compiled.get(needle);
  if (!re) {
    if (compiled.size >= 512) compiled.clear();
    re = new RegExp(escapeRegExp(needle), 'giu');
    compiled.set(needle, re);
  }
  return re;
}

/** The tokens of `text` that the query matched in the index (`expanded`: SearchOutcome.expanded). */
export function matchedTerms(text: string, expanded: ReadonlySet<string>): string[] {
  return [...new Set(tokenizeText(text).filter((t) => expanded.has(t)))];
}

/**
 * The strings to look for in a result: what the user typed, and the index terms it matched.
 * A matched term that merely extends a typed word (`ima` → `ima_inode_hash`) marks only the typed part.
 */
export function highlightNeedles(queryNeedles: readonly string[], matchedTerms: readonly string[]): string[] {
  const needles = new Set(queryNeedles);
  for (const term of matchedTerms) {
    if (term.length < 2 && !/\p{Script=Han}/u.test(term)) continue;
    if (queryNeedles.some((n) => term.startsWith(n))) continue;
    needles.add(term);
  }
  return [...needles].filter((n) => n.length > 0);
}

/** Sorted, merged ranges of every case-insensitive occurrence of a needle in text. */
export function highlightRanges(text: string, needles: readonly string[]): Range[] {
  if (!text || needles.length === 0) return [];
  const ranges: Range[] = [];
  // One needle at a time: overlapping matches (`ima_inode`, `inode_hash`) must all count.
  for (const needle of new Set(needles)) {
    if (!needle) continue;
    for (const m of text.matchAll(needleRegExp(needle))) {
      if (m[0].length > 0) ranges.push([m.index, m.index + m[0].length]);
    }
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * A window of about `width` characters around the first match (the start of the text when none),
 * with the ranges moved into it. Cuts are marked with an ellipsis.
 */
export function snippet(text: string, ranges: readonly Range[], width = 160): { text: string; ranges: Range[] } {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat !== text) return snippet(flat, highlightRangesLike(text, flat, ranges), width);
  if (text.length <= width) return { text, ranges: [...ranges] };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  let end = Math.min(text.length, start + width);
  start = Math.max(0, end - width);
  // Cut between words, not inside one (Latin words; Chinese can be cut anywhere), never past a match.
  const inWord = (i: number) => /[\p{L}\p{N}_]/u.test(text[i - 1] ?? '') && /[\p{L}\p{N}_]/u.test(text[i] ?? '') && !HAN_CHAR.test(text[i]);
  const lastMatchEnd = ranges.filter(([, e]) => e <= end).reduce((m, [, e]) => Math.max(m, e), first);
  while (start > 0 && start < first && inWord(start)) start++;
  while (end < text.length && end > lastMatchEnd && inWord(end)) end--;
  // Do not cut a surrogate pair in two.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start])) start--;
  if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end++;
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  const moved = ranges
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]): Range => [Math.max(s, start) + shift, Math.min(e, end) + shift]);
  return { text: prefix + text.slice(start, end) + suffix, ranges: moved };
}

/** Ranges found in `before` re-found in the whitespace-collapsed `after` (by their matched text). */
function highlightRangesLike(before: string, after: string, ranges: readonly Range[]): Range[] {
  const needles = [...new Set(ranges.map(([s, e]) => before.slice(s, e).replace(/\s+/g, ' ')))];
  return highlightRanges(after, needles);
}

export interface TextPart {
  text: string;
  marked: boolean;
}

/** Text cut into marked and unmarked parts, for rendering as text nodes. */
export function splitByRanges(text: string, ranges: readonly Range[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end > text.length || start >= end) continue;
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
