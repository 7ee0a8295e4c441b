/**
 * Tokenizing for the search index and for queries. Pure, so the server index and the browser
 * agree on every token.
 *
 * - Chinese has no spaces: a run of Han characters becomes its character bigrams (`安全模块` →
 *   安全 全模 模块) plus its single characters (so a one-character query still finds something).
 * - Identifiers keep their whole name, every suffix that starts at an `_`, and every part:
 *   `bpf_ima_inode_hash` → bpf_ima_inode_hash, ima_inode_hash, inode_hash, hash, bpf, ima, inode.
 *   Prefix search over the suffixes then finds any run of parts (`ima_inode`, `inode_h`).
 * - The UAPI spelling `BPF_FUNC_x` is the helper `bpf_x`.
 * - Versions stay whole (`5.11`); other words are lower-cased, with a few English stop words dropped.
 */
import { FIELDS, type Field } from './fields';

const HAN = /\p{Script=Han}/u;
const HAN_RUNS = /(\p{Script=Han}+)/u;
/** Versions first (`5.11`, `6.1.2`), then runs of letters, digits and underscores. */
const WORDS = /\d+(?:\.\d+)+|[\p{L}\p{N}_]+/gu;

const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'has',
  'in',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  'so',
  'that',
  'the',
  'this',
  'to',
  'was',
  'with',
  'can',
  'now',
  'which',
  'when',
]);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function isVersion(word: string): boolean {
  return /^\d+(?:\.\d+)+$/.test(word);
}

/** `bpf_func_x` (the UAPI enum member, lower-cased) is the helper `bpf_x`. */
function normaliseIdentifier(word: string): string {
  if (word.startsWith('bpf_func_') && word.length > 'bpf_func_'.length) return `bpf_${word.slice('bpf_func_'.length)}`;
  return word;
}

const FAMILY_PREFIXES = ['bpf_prog_type_', 'bpf_map_type_', 'bpf_'];

/** A catalog name without its family prefix: `bpf_map_type_ringbuf` → `ringbuf`, `bpf_ima_inode_hash` → `ima_inode_hash`. */
export function shortName(name: string): string {
  const lower = normaliseIdentifier(name.toLowerCase());
  for (const prefix of FAMILY_PREFIXES) {
    if (lower.startsWith(prefix) && lower.length > prefix.length) return lower.slice(prefix.length);
  }
  return lower;
}

/** Whole, suffixes from each `_`, and parts. Expects a lower-cased, normalised identifier. */
export function identifierTokens(word: string): string[] {
  const tokens = new Set<string>([word]);
  const trimmed = word.replace(/^_+|_+$/g, '');
  if (trimmed) tokens.add(trimmed);
  const re = /_+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(trimmed))) {
    const suffix = trimmed.slice(m.index + m[0].length);
    if (suffix) tokens.add(suffix);
  }
  for (const part of trimmed.split(/_+/)) if (part) tokens.add(part);
  return [...tokens];
}

/** Bigrams of a Han run, and its single characters. */
export function hanTokens(run: string, withUnigrams = true): string[] {
  const chars = [...run];
  const tokens: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i] + chars[i + 1]);
  if (withUnigrams || chars.length === 1) tokens.push(...chars);
  return tokens;
}

export interface Piece {
  type: 'han' | 'identifier' | 'word' | 'version';
  /** Normalised text of the piece. */
  text: string;
}

/** Splits text into Han runs, identifiers, words and versions (normalised, stop words kept). */
export function splitPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const match of normaliseText(text).matchAll(WORDS)) {
    const word = match[0];
    if (isVersion(word)) {
      pieces.push({ type: 'version', text: word });
      continue;
    }
    for (const part of word.split(HAN_RUNS)) {
      if (!part) continue;
      if (HAN.test(part)) pieces.push({ type: 'han', text: part });
      else if (part.includes('_')) {
        const id = normaliseIdentifier(part);
        if (/[\p{L}\p{N}]/u.test(id)) pieces.push({ type: 'identifier', text: id });
      } else pieces.push({ type: 'word', text: part });
    }
  }
  return pieces;
}

/** Tokens of prose, names and tags: what the text fields of the index hold. */
export function tokenizeText(text: string): string[] {
  const tokens: string[] = [];
  for (const piece of splitPieces(text)) {
    switch (piece.type) {
      case 'han':
        tokens.push(...hanTokens(piece.text));
        break;
      case 'identifier':
        tokens.push(...identifierTokens(piece.text));
        break;
      case 'version':
        tokens.push(piece.text);
        break;
      case 'word':
        if (!isStopWord(piece.text)) tokens.push(piece.text);
        break;
    }
  }
  return tokens;
}

/** The index's tokenizer, by field: a text field's tokens, or the other fields' one whole token. */
export function tokenizeField(text: string, field: Field): string[] {
  if (FIELDS[field].kind !== 'text') return text ? [normaliseText(text).trim()] : [];
  return tokenizeText(text);
}
