import { describe, expect, it } from 'vitest';
import { groupLinked, type Scored } from './rank';

const hit = (id: string, score: number, links: string[] = []): Scored => ({
  id,
  kind: id.split(':')[0] as Scored['kind'],
  score,
  links,
});

describe('groupLinked', () => {
  it('puts the entry first and the feature naming it right after, even when the feature scored higher', () => {
    const out = groupLinked([hit('feature:f', 10, ['helper:h']), hit('helper:other', 9), hit('helper:h', 5, ['feature:f'])]);
    expect(out.map((h) => h.id)).toEqual(['helper:h', 'feature:f', 'helper:other']);
  });

  it('never adds what did not match, and scores fall down the list', () => {
    const out = groupLinked([hit('feature:f', 10, ['helper:absent']), hit('kfunc:k', 3), hit('helper:h', 8)]);
    expect(out.map((h) => h.id)).toEqual(['feature:f', 'helper:h', 'kfunc:k']);
    for (let i = 1; i < out.length; i++) expect(out[i].score).toBeLessThanOrEqual(out[i - 1].score);
  });

  it('a feature naming two matching entries follows the better one', () => {
    const out = groupLinked([
      hit('helper:a', 6, ['feature:f']),
      hit('helper:b', 7, ['feature:f']),
      hit('feature:f', 5, ['helper:a', 'helper:b']),
    ]);
    expect(out.map((h) => h.id)).toEqual(['helper:b', 'feature:f', 'helper:a']);
  });
});
