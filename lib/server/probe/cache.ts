/**
 * A short-lived cache with single flight: while a load runs, every caller for the same key waits
 * for that one load; its result then serves callers for ttlMs. A failed load is not kept.
 * The probe uses it so a burst of requests reads the host once. No I/O of its own.
 */

export interface CacheResult<T> {
  value: T;
  /** How the value was obtained: loaded for this call, joined a load in flight, or served from the cache. */
  via: 'load' | 'join' | 'hit';
  /** When the value was loaded (ms, from `now`). */
  loadedAt: number;
}

export interface CacheStats {
  loads: number;
  joins: number;
  hits: number;
}

export interface SingleFlightCache<T> {
  get(key: string): Promise<CacheResult<T>>;
  stats(): CacheStats;
  clear(): void;
}

export interface SingleFlightOptions {
  /** How long a loaded value serves, ms; read on each call so a setting can change. 0: no caching, single flight only. */
  ttlMs: number | (() => number);
  now?: () => number;
}

export function createSingleFlightCache<T>(load: (key: string) => Promise<T>, options: SingleFlightOptions): SingleFlightCache<T> {
  const now = options.now ?? Date.now;
  const ttl = () => Math.max(0, typeof options.ttlMs === 'function' ? options.ttlMs() : options.ttlMs);
  const stored = new Map<string, { value: T; loadedAt: number }>();
  const inFlight = new Map<string, Promise<{ value: T; loadedAt: number }>>();
  const stats: CacheStats = { loads: 0, joins: 0, hits: 0 };

  return {
    async get(key) {
      const entry = stored.get(key);
      if (entry && now() - entry.loadedAt < ttl()) {
        stats.hits++;
        return { ...entry, via: 'hit' };
      }
      const running = inFlight.get(key);
      if (running) {
        stats.joins++;
        return { ...(await running), via: 'join' };
      }
      stats.loads++;
      // Started in a microtask, so even a load that throws at once settles after it is registered.
      const started = Promise.resolve()
        .then(() => load(key))
        .then((value) => {
          const fresh = { value, loadedAt: now() };
          if (ttl() > 0) stored.set(key, fresh);
          return fresh;
        })
        .finally(() => {
          if (inFlight.get(key) === started) inFlight.delete(key);
        });
      inFlight.set(key, started);
      return { ...(await started), via: 'load' };
    },
    stats: () => ({ ...stats }),
    clear() {
      stored.clear();
      inFlight.clear();
      stats.loads = stats.joins = stats.hits = 0;
    },
  };
}
