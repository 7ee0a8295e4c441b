import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../server/catalog';
import { createCatalogIndex } from '../catalog/lookup';
import { loadContent } from '../server/content/load-content';
import { formatProblem } from './problems';
import type { Content } from './types';

/**
 * The content parser on mutated MDX, through the path the build takes (loadContent on a content
 * tree, MDX compile cache included): whatever the bytes, the outcome is records, or problems that
 * each name a file of the tree, a line inside it and a reason. Never a throw, never a hang.
 * Seeded and bounded: FUZZ_SEED and FUZZ_RUNS override the defaults to reproduce or go further.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 0x0eb9f);
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
/**
 * Per case: a compile takes well under a second, a 40 kB line a few seconds on a busy 2-core
 * machine (micromark is linear but slow on it); far more than that is a hang.
 */
const CASE_TIMEOUT_MS = 30_000;

const FIXTURE = path.join(__dirname, '../../test/fixtures/content/base');
const FILES = ['issues/0001/zh.mdx', 'issues/0001/en.mdx', 'explainers/demo/zh.mdx', 'explainers/demo/en.mdx'] as const;
type FileName = (typeof FILES)[number];

const catalog = createCatalogIndex(loadCatalog());
let scratch: string;
const originals = new Map<FileName, string>();

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'content-fuzz-'));
  process.env.MDX_CACHE_DIR = path.join(scratch, 'mdx-cache');
  for (const f of FILES) originals.set(f, await readFile(path.join(FIXTURE, f), 'utf8'));
});
afterAll(async () => {
  delete process.env.MDX_CACHE_DIR;
  await rm(scratch, { recursive: true, force: true });
});

// ---- mutations -------------------------------------------------------------------------------

const TOKENS = [
  '{', '}', '{{', '{/*', '*/}', '{...props}', '{1 +', '<', '>', '</', '/>', '<Feature>', '</Feature>',
  '<Feature id="x" title="t">', '<Feature id="ringbuf-map" kernel="5.8" categories="memory" title="dup">\n\nx\n\n</Feature>',
  '<Feature\n', '<div>', '</div>', '<!--', '-->', '"', "'", '`', '```', '```c\nint x;\n', '~~~', '---', '---\n',
  '\\', '&', '&amp;', '&#0;', '*', '_', '#', '> ', '- ', '1. ', '| a | b |\n|---|---|\n', '[x]: ', '[', '](', '![',
  'export const x = 1\n', 'import x from "./nope"\n', '$$', '\0', '\u0000\u0000', '\r', '\r\n', '\t', '\u2028', '\u2029',
  '\uFEFF', '\u200B', '\u202E', '\uFFFD', '😀', '👩‍👩‍👧', '内核', 'ا', '\u0301', ':\n', ': :', '- -', '&x', 'yes', 'null', '~',
];
const ATTRIBUTE_NAMES = ['id', 'title', 'kernel', 'userspace', 'categories', 'helpers', 'apis', 'explainers', 'detect', 'key', 'class', 'x-y', '1a'];
const ATTRIBUTE_VALUES = ['', ' ', '5.8', '5', '6.10', '99.99', 'libbpf 0.3', 'memory', 'nope', 'bpf_map_lookup_elem', 'bpf_x()', 'btf:', 'kernel:x', 'Ring-Map', 'a"b', '{', '内核'];

const longLine = fc.tuple(fc.constantFrom('a', 'x ', '内', '{', '<', '`', '\\', '| '), fc.integer({ min: 1_000, max: 20_000 })).map(([unit, n]) => unit.repeat(n));
const insertion = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12, unit: 'grapheme' }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) },
  { weight: 1, arbitrary: longLine },
);

type Mutation =
  | { kind: 'delete' | 'duplicate'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'deleteLine' | 'duplicateLine'; line: number }
  | { kind: 'insertLine'; line: number; text: string }
  | { kind: 'swapLines'; line: number; other: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'swapAttributes' | 'swapAttributeValues'; feature: number; a: number; b: number }
  | { kind: 'setAttribute'; feature: number; name: string; value: string }
  | { kind: 'removeAttribute'; feature: number; a: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: insertion }) },
  fc.record({ kind: fc.constantFrom('deleteLine' as const, 'duplicateLine' as const), line: fc.nat() }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('insertLine' as const), line: fc.nat(), text: insertion }) },
  fc.record({ kind: fc.constant('swapLines' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('swapAttributes' as const, 'swapAttributeValues' as const), feature: fc.nat(), a: fc.nat(), b: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('setAttribute' as const), feature: fc.nat(), name: fc.constantFrom(...ATTRIBUTE_NAMES), value: fc.oneof(fc.constantFrom(...ATTRIBUTE_VALUES), fc.string({ maxLength: 8 })) }) },
  fc.record({ kind: fc.constant('removeAttribute' as const), feature: fc.nat(), a: fc.nat() }),
);

const ATTRIBUTE = /([A-Za-z_][\w-]*)="([^"]*)"/g;

/** Applies an attribute edit to the nth `<Feature …>` opening tag (taken to the end of its line). */
function editFeature(source: string, n: number, edit: (attributes: [string, string][]) => [string, string][]): string {
  const tags = [...source.matchAll(/<Feature\b[^\n]*/g)];
  if (tags.length === 0) return source;
  const tag = tags[n % tags.length]!;
  const attributes = [...tag[0].matchAll(ATTRIBUTE)].map((m) => [m[1]!, m[2]!] as [string, string]);
  const rewritten = `<Feature ${edit(attributes).map(([k, v]) => `${k}="${v}"`).join(' ')}>`;
  return source.slice(0, tag.index) + rewritten + source.slice(tag.index! + tag[0].length);
}

function applyMutation(source: string, m: Mutation): string {
  const at = (i: number) => (source.length === 0 ? 0 : i % (source.length + 1));
  const lines = source.split('\n');
  const line = (i: number) => i % lines.length;
  switch (m.kind) {
    case 'delete':
      return source.slice(0, at(m.at)) + source.slice(at(m.at) + m.length);
    case 'duplicate':
      return source.slice(0, at(m.at) + m.length) + source.slice(at(m.at));
    case 'insert':
      return source.slice(0, at(m.at)) + m.text + source.slice(at(m.at));
    case 'truncate':
      return source.slice(0, at(m.at));
    case 'deleteLine':
      lines.splice(line(m.line), 1);
      return lines.join('\n');
    case 'duplicateLine':
      lines.splice(line(m.line), 0, lines[line(m.line)]!);
      return lines.join('\n');
    case 'insertLine':
      lines.splice(line(m.line), 0, m.text);
      return lines.join('\n');
    case 'swapLines': {
      const [i, j] = [line(m.line), line(m.other)];
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
    case 'swapAttributes':
    case 'swapAttributeValues':
      return editFeature(source, m.feature, (attrs) => {
        if (attrs.length < 2) return attrs;
        const [i, j] = [m.a % attrs.length, m.b % attrs.length];
        const out = attrs.map((a) => [...a] as [string, string]);
        if (m.kind === 'swapAttributes') [out[i], out[j]] = [out[j]!, out[i]!];
        else [out[i]![1], out[j]![1]] = [out[j]![1], out[i]![1]];
        return out;
      });
    case 'setAttribute':
      return editFeature(source, m.feature, (attrs) => [...attrs.filter(([k]) => k !== m.name), [m.name, m.value.replace(/"/g, '&quot;')]]);
    case 'removeAttribute':
      return editFeature(source, m.feature, (attrs) => attrs.filter((_, i) => i !== m.a % Math.max(attrs.length, 1)));
  }
}

/** One case: 1–5 mutations on one or two files of the valid tree. */
const fuzzCase = fc.array(fc.record({ file: fc.constantFrom(...FILES, FILES[0], FILES[1]), mutations: fc.array(mutation, { minLength: 1, maxLength: 5 }) }), { minLength: 1, maxLength: 2 });

// ---- the property ----------------------------------------------------------------------------

/** Lines as the MDX parser (micromark) and esbuild count them: \n, \r\n and a lone \r each end one. */
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

let caseNumber = 0;
const outcomes = { records: 0, problems: 0 };

async function loadMutatedTree(edits: { file: FileName; mutations: Mutation[] }[]) {
  const sources = new Map(originals);
  for (const edit of edits) sources.set(edit.file, edit.mutations.reduce(applyMutation, sources.get(edit.file)!));
  const dir = path.join(scratch, `case-${caseNumber++}`, 'content');
  for (const [file, text] of sources) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`loadContent did not finish within ${CASE_TIMEOUT_MS} ms`)), CASE_TIMEOUT_MS);
  });
  try {
    const content: Content = await Promise.race([loadContent(catalog, dir), timeout]);
    return { content, sources, dir };
  } finally {
    clearTimeout(timer);
    await rm(path.dirname(dir), { recursive: true, force: true });
  }
}

function checkOutcome(content: Content, sources: Map<FileName, string>) {
  expect(Array.isArray(content.problems)).toBe(true);
  if (content.problems.length === 0) {
    outcomes.records++;
    // Valid content: every feature has its text in the original's language at least.
    for (const r of content.records) expect(Object.keys(r.text).length).toBeGreaterThan(0);
    expect(content.issues.length + content.explainers.length).toBeGreaterThan(0);
    return;
  }
  outcomes.problems++;
  for (const p of content.problems) {
    const where = formatProblem(p);
    const file = p.file.replace(/^content\//, '') as FileName;
    expect(sources.has(file), `${where}: not a file of the tree`).toBe(true);
    expect(Number.isInteger(p.line) && p.line >= 1, `${where}: line is not ≥ 1`).toBe(true);
    expect(p.line, `${where}: line beyond the file's ${lineCount(sources.get(file)!)} lines`).toBeLessThanOrEqual(lineCount(sources.get(file)!));
    expect(typeof p.reason === 'string' && p.reason.trim().length > 0, `${where}: empty reason`).toBe(true);
  }
}

describe('content parser fuzz (seeded, bounded)', () => {
  it('the unmutated fixture loads without problems (the fuzz starts from valid content)', async () => {
    const { content } = await loadMutatedTree([]);
    expect(content.problems.map(formatProblem)).toEqual([]);
    expect(content.records.length).toBeGreaterThan(0);
  });

  it(`mutated MDX gives records or located problems, never a throw or a hang (seed ${SEED}, ${RUNS} cases)`, { timeout: 120_000 }, async () => {
    try {
      await fc.assert(
        fc.asyncProperty(fuzzCase, async (edits) => {
          const { content, sources } = await loadMutatedTree(edits);
          checkOutcome(content, sources);
        }),
        // No shrinking (each case compiles MDX): the seed and path replay the failing case as is.
        { seed: SEED, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true },
      );
    } catch (error) {
      // Long generated lines would bury the report: runs of a repeated unit are shown as `unit×count`.
      const message = (error as Error).message.replace(/(.{1,4}?)\1{19,}/gs, (run, unit: string) => `${unit}×${run.length / unit.length}`);
      throw new Error(`content fuzz failed; reproduce with FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}\n${message}`);
    }
    // Sanity: the mutations reach both outcomes, so the fuzz exercises the whole pipeline.
    expect(outcomes.problems).toBeGreaterThan(RUNS / 10);
    expect(outcomes.records).toBeGreaterThan(0);
  });
});
