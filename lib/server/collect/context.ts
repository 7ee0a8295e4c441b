/** What every collector gets: where the host is, how to read it, and how long a read may take. */
import { hostPath, type HostRoots } from './roots';
import { withDeadline, type HostIo } from './io';

export interface CollectContext {
  roots: HostRoots;
  io: HostIo;
  timeoutMs: number;
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
