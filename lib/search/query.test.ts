import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, parseQuery, type QueryNode } from './query';

const terms = (node: QueryNode): string[] => ('term' in node ? [node.term] : node.children.flatMap(terms));

describe('parseQuery', () => {
  it('one clause per word, all required', () => {
    const q = parseQuery('busy pol');
    expect(q.clauses.map((c) => c.source)).toEqual(['busy', 'pol']);
  });

  it('a helper name also looks for its short form in the short-name field', () => {
    const [clause] = parseQuery('BPF_FUNC_ima_inode_hash').clauses;
    expect(terms(clause.node)).toEqual(['bpf_ima_inode_hash', 'ima_inode_hash']);
  });

  it('Chinese becomes bigrams with coverage scoring, and synonyms join in', () => {
    const [clause] = parseQuery('安全模块').clauses;
    expect(clause.coverage?.grams).toEqual(['安全', '全模', '模块']);
    expect(terms(clause.node)).toEqual(expect.arrayContaining(['安全', '模块', 'security', 'module', 'lsm']));
  });

  it('a synonym phrase inside a longer Chinese run still counts', () => {
    expect(terms(parseQuery('忙轮询模式').clauses[0].node)).toEqual(expect.arrayContaining(['busy', 'poll']));
  });

  it('multi-word synonyms merge their words into one clause', () => {
    const q = parseQuery('ring buffer epoll');
    expect(q.clauses.map((c) => c.source)).toEqual(['ring buffer', 'epoll']);
    expect(terms(q.clauses[0].node)).toEqual(expect.arrayContaining(['ringbuf']));
  });

  it('a version drops "linux"/"内核" and is version-only', () => {
    expect(parseQuery('Linux 5.11').versionOnly).toBe(true);
    expect(parseQuery('内核 v5.11').clauses.map((c) => c.source)).toEqual(['5.11']);
    expect(parseQuery('5.11 helper').versionOnly).toBe(false);
  });

  it('stop words are dropped unless they are all there is', () => {
    expect(parseQuery('the ring of').clauses.map((c) => c.source)).toEqual(['ring']);
    expect(parseQuery('the').clauses.map((c) => c.source)).toEqual(['the']);
  });

  it('caps the length and the number of clauses', () => {
    const q = parseQuery('a1 '.repeat(500));
    expect(q.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(q.clauses.length).toBeLessThanOrEqual(12);
  });

  it('never throws, and needles are never empty strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        const q = parseQuery(s);
        expect(q.needles.every((n) => n.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
