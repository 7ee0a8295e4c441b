/** iproute2's version and the libbpf it was built with, from `ip -V` (the one external program). */
import type { HostFactSet } from '../../host-facts/schema';
import { ok, reasonOf, unknown } from './fact';
import { bootMemoKey, statHost, type CollectContext } from './context';
import { hostPath } from './roots';
import { withDeadline } from './io';
import { COMMAND_TIMEOUT_MS, READ_LIMITS } from './limits';
import { parseIpVersion } from './parse';

// Looked up at fixed places, never through PATH: what runs is what we name.
const IP_CANDIDATES = ['/usr/sbin/ip', '/sbin/ip', '/usr/bin/ip', '/bin/ip'] as const;

export async function collectIproute2(ctx: CollectContext, run: boolean): Promise<HostFactSet['iproute2']> {
  if (!run) {
    return unknown('ip -V', ctx.roots.root === '/' ? 'not run' : "not run: HOST_ROOT is not / (the host's ip cannot run here)");
  }
  let binary: string | undefined;
  for (const candidate of IP_CANDIDATES) {
    try {
      if ((await statHost(ctx, candidate)) === 'file') {
        binary = candidate;
        break;
      }
    } catch {
      // try the next place
    }
  }
  if (!binary) return unknown('ip -V', `ENOENT: no ip in ${IP_CANDIDATES.join(', ')}`);
  const source = `${binary} -V`;
  // The same binary in the same boot says the same: run it once (with a boot memo).
  const key = await bootMemoKey(ctx, binary, 'ip -V');
  if (key) {
    const kept = await ctx.memo!.get<HostFactSet['iproute2']>(key);
    if (kept) return kept;
  }
  const fact = await runIpVersion(ctx, binary, source);
  if (key && fact.status === 'ok') await ctx.memo!.set(key, fact);
  return fact;
}

async function runIpVersion(ctx: CollectContext, binary: string, source: string): Promise<HostFactSet['iproute2']> {
  try {
    const timeoutMs = Math.min(ctx.timeoutMs, COMMAND_TIMEOUT_MS);
    const run = ctx.io.execFile(hostPath(ctx.roots, binary), ['-V'], { maxBytes: READ_LIMITS.command, timeoutMs });
    // execFile kills the child at timeoutMs; the margin lets that say so first.
    const output = await withDeadline(run, timeoutMs + 500);
    return ok(parseIpVersion(output), source);
  } catch (error) {
    return unknown(source, reasonOf(error));
  }
}
