/**
 * What the collector may keep between reads of one host: facts that cannot change while the kernel
 * runs and the file they come from stays the same — the kernel's BTF (5–6 MB to read and walk, by
 * far the costliest fact) and `ip -V`. Keyed by the boot (/proc/sys/kernel/random/boot_id) and the
 * file's identity (device, inode, size, mtime), so a reboot, a new kernel or a replaced binary is
 * read afresh. Kept in memory, and optionally as JSON files in a directory (the probe server's
 * `.cache/probe/`), so a restarted server does not walk the BTF again. Node only.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Bump when what is stored for a key changes shape (a new BTF fact, a reader fix). */
const MEMO_VERSION = 2;
/** Entries kept in memory; a server probes one host, tests a handful. */
const MAX_IN_MEMORY = 64;

export interface BootMemo {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T): Promise<void>;
  stats(): { hits: number; misses: number; diskHits: number };
}

/** A memo in memory, and in `dir` when given (unwritable or unreadable files are just misses). */
export function createBootMemo(options: { dir?: string } = {}): BootMemo {
  const memory = new Map<string, unknown>();
  const stats = { hits: 0, misses: 0, diskHits: 0 };
  const fileOf = (key: string) =>
    join(options.dir!, `${createHash('sha256').update(`${MEMO_VERSION}\n${key}`).digest('hex').slice(0, 32)}.json`);
  const remember = (key: string, value: unknown) => {
    if (memory.size >= MAX_IN_MEMORY) memory.delete(memory.keys().next().value!);
    memory.set(key, value);
  };
  return {
    async get<T>(key: string) {
      if (memory.has(key)) {
        stats.hits++;
        return memory.get(key) as T;
      }
      if (options.dir) {
        try {
          const stored = JSON.parse(await readFile(fileOf(key), 'utf8')) as { version: number; key: string; value: T };
          // The whole key is stored and compared: a hash collision or a stale file is a miss.
          if (stored.version === MEMO_VERSION && stored.key === key) {
            stats.diskHits++;
            remember(key, stored.value);
            return stored.value;
          }
        } catch {
          // not there, unreadable or not JSON: read the host
        }
      }
      stats.misses++;
      return undefined;
    },
    async set<T>(key: string, value: T) {
      remember(key, value);
      if (!options.dir) return;
      try {
        await mkdir(options.dir, { recursive: true });
        const file = fileOf(key);
        const tmp = `${file}.${process.pid}.tmp`;
        await writeFile(tmp, JSON.stringify({ version: MEMO_VERSION, key, value }));
        await rename(tmp, file);
      } catch {
        // A read-only checkout: keep it in memory only.
      }
    },
    stats: () => ({ ...stats }),
  };
}
