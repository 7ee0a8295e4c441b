/** What every collector gets: where the host is, how to read it, and how long a read may take. */
import { hostPath, type HostRoots } from './roots';
import { withDeadline, type HostIo } from './io';
import type { BootMemo } from './boot-memo';

export interface CollectContext {
  roots: HostRoots;
  io: HostIo;
  timeoutMs: number;
  /** Facts kept between reads of this host (see boot-memo.ts); none when absent. */
  memo?: BootMemo;
}

const BOOT_ID = '/proc/sys/kernel/random/boot_id';
const bootIds = new WeakMap<CollectContext, Promise<string>>();

/**
 * The boot memo's key for a fact read from host file `path`: the boot, the file's identity and
 * `what` was read (the names asked for). Null when nothing may be kept: no memo, an io that cannot
 * identify files, or a file that cannot be stat'ed (the read itself then says why).
 */
export async function bootMemoKey(ctx: CollectContext, path: string, what: string): Promise<string | null> {
  if (!ctx.memo || !ctx.io.identity) return null;
  let boot = bootIds.get(ctx);
  if (!boot) {
    // No boot id (an old kernel, a fixture tree): the file's identity alone still tells a change.
    boot = readHostText(ctx, BOOT_ID, 256).then(
      (text) => text.trim(),
      () => 'no-boot-id',
    );
    bootIds.set(ctx, boot);
  }
  try {
    const identity = await withDeadline(ctx.io.identity(hostPath(ctx.roots, path), ctx.timeoutMs), ctx.timeoutMs);
    return `${await boot}\n${hostPath(ctx.roots, path)}\n${identity}\n${what}`;
  } catch {
    return null;
  }
}

const utf8 = new TextDecoder('utf-8');

// The deadline is enforced here as well as in the io: whatever io is plugged in, no read outlives it.
export async function readHostBytes(ctx: CollectContext, path: string, maxBytes: number): Promise<Uint8Array> {
  return withDeadline(ctx.io.readFile(hostPath(ctx.roots, path), { maxBytes, timeoutMs: ctx.timeoutMs }), ctx.timeoutMs);
}

export async function readHostText(ctx: CollectContext, path: string, maxBytes: number): Promise<string> {
  return utf8.decode(await readHostBytes(ctx, path, maxBytes));
}

/** Whether a directory exists and has entries: how to tell "not mounted" from "file missing". */
export async function isPopulatedDir(ctx: CollectContext, path: string): Promise<boolean> {
  try {
    return (await withDeadline(ctx.io.readdir(hostPath(ctx.roots, path), ctx.timeoutMs), ctx.timeoutMs)).length > 0;
  } catch {
    return false;
  }
}

export function statHost(ctx: CollectContext, path: string) {
  return withDeadline(ctx.io.stat(hostPath(ctx.roots, path), ctx.timeoutMs), ctx.timeoutMs);
}

export function readHostDir(ctx: CollectContext, path: string): Promise<string[]> {
  return withDeadline(ctx.io.readdir(hostPath(ctx.roots, path), ctx.timeoutMs), ctx.timeoutMs);
}
