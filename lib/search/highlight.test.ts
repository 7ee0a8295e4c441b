import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightNeedles, highlightRanges, snippet, splitByRanges } from './highlight';

describe('highlightRanges', () => {
  it('finds needles case-insensitively and merges overlaps', () => {
    expect(highlightRanges('BPF_MAP_TYPE_RINGBUF', ['ringbuf'])).toEqual([[13, 20]]);
    expect(highlightRanges('bpf_ima_inode_hash', ['ima_inode', 'inode_hash'])).toEqual([[4, 18]]);
  });

  it('treats regex specials as text', () => {
    expect(highlightRanges('a (*.+?[ b', ['(*.+?['])).toEqual([[2, 8]]);
    expect(highlightRanges('x.y', ['.'])).toEqual([[1, 2]]);
  });

  it('marks Chinese bigrams', () => {
    expect(highlightRanges('更好的控制内存', ['内存'])).toEqual([[5, 7]]);
  });
});

describe('highlightNeedles', () => {
  it('marks only the typed part of a prefix match', () => {
    expect(highlightNeedles(['ima'], ['ima_inode_hash', 'ima'])).toEqual(['ima']);
    expect(highlightNeedles(['poling'], ['polling'])).toEqual(['poling', 'polling']);
  });
});

describe('snippet', () => {
  it('cuts a window around the first match and moves the ranges', () => {
    const text = `${'x'.repeat(300)} needle ${'y'.repeat(300)}`;
    const s = snippet(text, highlightRanges(text, ['needle']), 100);
    expect(s.text.startsWith('…') && s.text.endsWith('…')).toBe(true);
    expect(s.text.slice(...s.ranges[0])).toBe('needle');
  });

  it('cuts between Latin words', () => {
    const text = `${'alpha beta gamma '.repeat(20)}needle ${'delta epsilon '.repeat(20)}`;
    const s = snippet(text, highlightRanges(text, ['needle']), 80);
    expect(s.text).toMatch(/^… ?(alpha|beta|gamma) /);
    expect(s.text).toMatch(/ (delta|epsilon)…$/);
  });

  it('ranges stay inside the text, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.array(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 3 }),
        (text, needles) => {
          const s = snippet(text, highlightRanges(text, needles), 60);
          for (const [a, b] of s.ranges) expect(0 <= a && a < b && b <= s.text.length).toBe(true);
          expect(
            splitByRanges(s.text, s.ranges)
              .map((p) => p.text)
              .join(''),
          ).toBe(s.text);
        },
      ),
      { numRuns: 300 },
    );
  });
});
