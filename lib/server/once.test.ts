import { describe, expect, it } from 'vitest';
import { once } from './once';

describe('once', () => {
  it('computes on first use and shares the value, also with callers that ask while it runs', async () => {
    let runs = 0;
    const get = once(async () => ++runs);
    expect(runs).toBe(0);
    expect(await Promise.all([get(), get()])).toEqual([1, 1]);
    expect(await get()).toBe(1);
    expect(runs).toBe(1);
  });

  it('forgets a failure: the next call computes again', async () => {
    let runs = 0;
    const get = once(async () => {
      runs++;
      if (runs === 1) throw new Error('content has problems');
      return 'ok';
    });
    await expect(get()).rejects.toThrow('content has problems');
    expect(await get()).toBe('ok');
    expect(runs).toBe(2);
  });
});
