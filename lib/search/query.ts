/**
 * Query parsing: a query string becomes clauses that must all match (AND). Each clause is an OR of
 * ways to match one thing the user typed: the word itself (exact, by prefix, with light typo
 * tolerance), a helper name's short form, Chinese bigrams, and glossary synonyms. Pure.
 */
import type { Field } from './fields';
import { SYNONYMS } from './glossary';
import { hanTokens, isStopWord, normaliseText, shortName, splitPieces, type Piece } from './tokenize';

export const MAX_QUERY_LENGTH = 200;
/** More clauses than this are dropped: nobody types them, and each one costs a lookup. */
const MAX_CLAUSES = 12;

/** One term looked up in the index. */
export interface Leaf {
  term: string;
  prefix?: boolean;
  /** Maximum edit distance. */
  fuzzy?: number;
  /** Fields to look in (default: WORD_FIELDS). */
  fields?: readonly Field[];
  /** Multiplies the field boosts (default 1). */
  weight?: number;
  /** A Chinese bigram of the clause, or part of a synonym: for the clause's coverage scoring. */
  role?: 'gram' | 'alias';
}

export interface Group {
  op: 'AND' | 'OR';
  children: QueryNode[];
  role?: 'gram' | 'alias';
}

export type QueryNode = Leaf | Group;

export interface Clause {
  /** What the user typed for this clause. */
  source: string;
  node: QueryNode;
  /** Chinese clauses: a document's score scales with the share of bigrams it matches (or 1 through a synonym). */
  coverage?: { grams: string[] };
}

export interface ParsedQuery {
  /** The normalised query. */
  text: string;
  clauses: Clause[];
  /** Strings worth highlighting (what was typed, synonyms). */
  needles: string[];
  /** True when the query is kernel versions only (`5.11`): the results list what landed there. */
  versionOnly: boolean;
}

export interface ParseOptions {
  /** Second pass when the strict one finds nothing: identifiers by their parts, more typo tolerance. */
  relaxed?: boolean;
}

/** Words that add nothing next to a version: `linux 5.11`, `内核 5.11`. */
const VERSION_NOISE = new Set(['linux', 'kernel', 'v', '内核', '版本', '内核版本']);

interface Unit {
  pieces: Piece[];
  aliases: string[];
}

interface Phrase {
  pieces: Piece[];
  /** The other phrases of its synonym set. */
  others: string[];
}

const PHRASES: Phrase[] = SYNONYMS.flatMap((set) =>
  set.map((phrase) => ({ pieces: splitPieces(phrase), others: set.filter((o) => o !== phrase) })).filter((p) => p.pieces.length > 0),
);
/** Chinese phrases match inside a longer unspaced run: 安全模块的 contains 安全模块. */
const HAN_PHRASES = PHRASES.filter((p) => p.pieces.length === 1 && p.pieces[0].type === 'han');
/** The others by their first word, longest first. */
const PHRASES_BY_FIRST = new Map<string, Phrase[]>();
for (const p of PHRASES) {
  if (HAN_PHRASES.includes(p)) continue;
  const list = PHRASES_BY_FIRST.get(p.pieces[0].text) ?? [];
  list.push(p);
  list.sort((a, b) => b.pieces.length - a.pieces.length);
  PHRASES_BY_FIRST.set(p.pieces[0].text, list);
}

export function parseQuery(raw: string, options: ParseOptions = {}): ParsedQuery {
  const text = normaliseText([...raw].slice(0, MAX_QUERY_LENGTH).join(''))
    .replace(/\bv(?=\d+\.\d)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  let pieces = splitPieces(text);
  const meaningful = pieces.filter((p) => !(p.type === 'word' && isStopWord(p.text)));
  if (meaningful.length > 0) pieces = meaningful;
  if (pieces.some((p) => p.type === 'version')) {
    const rest = pieces.filter((p) => !VERSION_NOISE.has(p.text));
    if (rest.length > 0) pieces = rest;
  }
  pieces = pieces.slice(0, MAX_CLAUSES);

  const units = withSynonyms(pieces);
  const clauses = units.map((unit, i) => toClause(unit, i === units.length - 1, options));
  const needles = new Set<string>();
  for (const unit of units) {
    for (const piece of unit.pieces) {
      needles.add(piece.text);
      if (piece.type === 'identifier' || piece.type === 'word') needles.add(shortName(piece.text));
    }
    for (const alias of unit.aliases) needles.add(normaliseText(alias));
  }
  return {
    text,
    clauses,
    needles: [...needles].filter((n) => n.length > 1 || /\p{Script=Han}/u.test(n)),
    versionOnly: pieces.length > 0 && pieces.every((p) => p.type === 'version'),
  };
}

/** Groups pieces that form a synonym phrase and attaches the other phrases of its set. */
function withSynonyms(pieces: Piece[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < pieces.length;) {
    const piece = pieces[i];
    const unit: Unit = { pieces: [piece], aliases: [] };
    if (piece.type === 'han') {
      for (const p of HAN_PHRASES) if (piece.text.includes(p.pieces[0].text)) addAliases(unit, p.others);
    } else {
      const match = (PHRASES_BY_FIRST.get(piece.text) ?? []).find(
        (p) => i + p.pieces.length <= pieces.length && p.pieces.every((q, j) => pieces[i + j].text === q.text),
      );
      if (match) {
        unit.pieces = pieces.slice(i, i + match.pieces.length);
        for (const p of PHRASES_BY_FIRST.get(piece.text)!) {
          if (p.pieces.length === match.pieces.length && p.pieces.every((q, j) => pieces[i + j].text === q.text))
            addAliases(unit, p.others);
        }
      }
    }
    units.push(unit);
    i += unit.pieces.length;
  }
  return units;
}

function addAliases(unit: Unit, aliases: string[]) {
  for (const alias of aliases) if (!unit.aliases.includes(alias)) unit.aliases.push(alias);
}

function pieceNode(piece: Piece, isLast: boolean, options: ParseOptions, strict = false): { node: QueryNode; grams?: string[] } {
  const { text } = piece;
  switch (piece.type) {
    case 'version':
      return { node: { term: text, fields: ['kernel'] } };
    case 'han': {
      const grams = [...new Set(hanTokens(text, false))];
      const role = strict ? undefined : ('gram' as const);
      if (grams.length === 1) return { node: { term: grams[0], role }, grams };
      return { node: { op: strict ? 'AND' : 'OR', children: grams.map((term) => ({ term, role })) }, grams };
    }
    case 'identifier': {
      if (options.relaxed && !strict) {
        const parts = text.split(/_+/).filter(Boolean);
        if (parts.length > 1) {
          return {
            node: {
              op: 'AND',
              children: parts.map((part) => ({ term: part, prefix: part.length >= 2, fuzzy: part.length >= 5 ? 1 : undefined })),
            },
          };
        }
      }
      const children: Leaf[] = [{ term: text, prefix: text.length >= 3 }];
      const short = shortName(text);
      if (short !== text) children.push({ term: short, prefix: short.length >= 3, fields: ['short'] });
      return { node: children.length === 1 ? children[0] : { op: 'OR', children } };
    }
    case 'word': {
      const prefix = !strict && (text.length >= 3 || (isLast && text.length >= 2));
      const tolerance = options.relaxed ? 4 : 5;
      const fuzzy = strict || text.length < tolerance || /^\d+$/.test(text) ? undefined : text.length <= 8 ? 1 : 2;
      return { node: { term: text, prefix, fuzzy } };
    }
  }
}

function toClause(unit: Unit, isLast: boolean, options: ParseOptions): Clause {
  const source = unit.pieces.map((p) => p.text).join(' ');
  const built = unit.pieces.map((p, i) => pieceNode(p, isLast && i === unit.pieces.length - 1, options));
  const own: QueryNode = built.length === 1 ? built[0].node : { op: 'AND', children: built.map((b) => b.node) };
  const grams = unit.pieces.length === 1 ? built[0].grams : undefined;

  if (unit.aliases.length === 0) {
    return { source, node: own, coverage: grams && grams.length > 1 ? { grams } : undefined };
  }
  const aliasNodes: QueryNode[] = [];
  for (const alias of unit.aliases) {
    const aliasPieces = splitPieces(alias);
    if (aliasPieces.length === 0) continue;
    const nodes = aliasPieces.map((p) => pieceNode(p, false, options, true).node);
    const node: QueryNode = nodes.length === 1 ? nodes[0] : { op: 'AND', children: nodes };
    aliasNodes.push({ ...reweight(node, 0.7), role: 'alias' });
  }
  return {
    source,
    node: { op: 'OR', children: [own, ...aliasNodes] },
    coverage: grams && grams.length > 1 ? { grams } : undefined,
  };
}

function reweight(node: QueryNode, factor: number): QueryNode {
  if ('term' in node) return { ...node, weight: (node.weight ?? 1) * factor };
  return { ...node, children: node.children.map((c) => reweight(c, factor)) };
}
