import { describe, expect, it } from 'vitest';
import { putStaticPart, takeStaticPart } from './static-parts';

describe('static parts: handed from the server-component pass to the HTML pass', () => {
  it('gives back what was put, under a fresh key each time', () => {
    const node = { some: 'element' } as unknown as React.ReactNode;
    const a = putStaticPart(node);
    const b = putStaticPart(node);
    expect(a).not.toBe(b);
    expect(takeStaticPart(a)).toBe(node);
    // A render that reads its part twice gets it twice.
    expect(takeStaticPart(a)).toBe(node);
    expect(takeStaticPart(b)).toBe(node);
  });

  it('says so when a part is not there (the HTML pass ran elsewhere, or too late)', () => {
    expect(() => takeStaticPart('no-such-key')).toThrow(/static part no-such-key not found/);
  });

  it('drops parts once taken (after a grace period) and parts never taken (after two minutes)', () => {
    const t0 = 1_000_000_000;
    const taken = putStaticPart('taken', t0);
    takeStaticPart(taken, t0 + 5);
    const untaken = putStaticPart('never taken', t0);
    expect(takeStaticPart(taken, t0 + 9_000)).toBe('taken'); // within the grace period
    putStaticPart('sweeps', t0 + 11_000);
    expect(() => takeStaticPart(taken, t0 + 11_000)).toThrow(/not found/);
    putStaticPart('sweeps again', t0 + 119_000);
    putStaticPart('and again', t0 + 121_000);
    expect(() => takeStaticPart(untaken, t0 + 121_000)).toThrow(/not found/);
  });
});
