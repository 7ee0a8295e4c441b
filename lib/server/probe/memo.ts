/**
 * The probe's boot memo (lib/server/collect/boot-memo.ts): the kernel's BTF facts and `ip -V`, kept
 * in memory and in PROBE_CACHE_DIR (default `.cache/probe`; empty: memory only) so they are read
 * once per boot, not per probe — across server restarts too. Shared by the server and bench:probe.
 */
import { createBootMemo, type BootMemo } from '../collect/boot-memo';

let memo: BootMemo | null = null;

export function probeBootMemo(env: Record<string, string | undefined> = process.env): BootMemo {
  if (!memo) {
    const dir = env.PROBE_CACHE_DIR ?? '.cache/probe';
    memo = createBootMemo(dir.trim() ? { dir } : {});
  }
  return memo;
}
