import { describe, expect, it } from 'vitest';
import { createSingleFlightCache } from './cache';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('createSingleFlightCache', () => {
  it('N concurrent calls → one load; all get its value', async () => {
    let loads = 0;
    const gate = deferred<void>();
    const cache = createSingleFlightCache(
      async (key) => {
        loads++;
        await gate.promise;
        return `facts of ${key}`;
      },
      { ttlMs: 10_000 },
    );
    const calls = Array.from({ length: 50 }, () => cache.get('/'));
    gate.resolve();
    const results = await Promise.all(calls);
    expect(loads).toBe(1);
    expect(new Set(results.map((r) => r.value))).toEqual(new Set(['facts of /']));
    expect(results.filter((r) => r.via === 'load')).toHaveLength(1);
    expect(cache.stats()).toEqual({ loads: 1, joins: 49, hits: 0 });
  });

  it('serves from the cache within the TTL and loads again after it', async () => {
    let clock = 1_000;
    let loads = 0;
    const cache = createSingleFlightCache(async () => ++loads, { ttlMs: 10_000, now: () => clock });
    expect((await cache.get('k')).value).toBe(1);
    clock += 9_999;
    expect(await cache.get('k')).toMatchObject({ value: 1, via: 'hit', loadedAt: 1_000 });
    clock += 1;
    expect(await cache.get('k')).toMatchObject({ value: 2, via: 'load' });
  });

  it('keys are separate', async () => {
    const cache = createSingleFlightCache(async (key) => key.toUpperCase(), { ttlMs: 1_000 });
    const [a, b] = await Promise.all([cache.get('a'), cache.get('b')]);
    expect([a.value, b.value]).toEqual(['A', 'B']);
    expect(cache.stats().loads).toBe(2);
  });

  it('TTL 0: no caching, but concurrent calls still share one load', async () => {
    let loads = 0;
    const cache = createSingleFlightCache(async () => ++loads, { ttlMs: () => 0 });
    await Promise.all([cache.get('k'), cache.get('k'), cache.get('k')]);
    expect(loads).toBe(1);
    await cache.get('k');
    expect(loads).toBe(2);
  });

  it('a failed load is shared by its waiters, not kept, and the next call loads again', async () => {
    let loads = 0;
    const cache = createSingleFlightCache(
      async () => {
        loads++;
        if (loads === 1) throw new Error('boom');
        return 'ok';
      },
      { ttlMs: 10_000 },
    );
    const results = await Promise.allSettled([cache.get('k'), cache.get('k')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect((await cache.get('k')).value).toBe('ok');
    expect(loads).toBe(2);
  });

  it('a load that throws synchronously does not wedge the key', async () => {
    let calls = 0;
    const cache = createSingleFlightCache<string>(
      (() => {
        calls++;
        if (calls === 1) throw new Error('sync');
        return Promise.resolve('later');
      }) as (key: string) => Promise<string>,
      { ttlMs: 1_000 },
    );
    await expect(cache.get('k')).rejects.toThrow('sync');
    await expect(cache.get('k')).resolves.toMatchObject({ value: 'later' });
  });
});
