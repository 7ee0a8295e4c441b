/**
 * A userspace tool's version, from running it (`ip -V`, `bpftool version`): looked up at fixed places,
 * never through PATH (what runs is what we name), run without a shell with fixed arguments and a
 * timeout, and kept in the boot memo (the same binary in the same boot says the same).
 */
import type { Fact } from '../../host-facts/schema';
import { ok, reasonOf, unknown } from './fact';
import { bootMemoKey, statHost, type CollectContext } from './context';
import { hostPath } from './roots';
import { withDeadline } from './io';
import { COMMAND_TIMEOUT_MS, READ_LIMITS } from './limits';

export interface VersionCommand<T> {
  /** The program's name (`ip`), in reasons. */
  name: string;
  /** How the command reads when it is not found (`ip -V`): the fact's source then. */
  label: string;
  candidates: readonly string[];
  args: readonly string[];
  parse: (output: string) => T;
}

export async function collectVersionCommand<T>(ctx: CollectContext, command: VersionCommand<T>): Promise<Fact<T>> {
  let binary: string | undefined;
  for (const candidate of command.candidates) {
    try {
      if ((await statHost(ctx, candidate)) === 'file') {
        binary = candidate;
        break;
      }
    } catch {
      // try the next place
    }
  }
  if (!binary) return unknown(command.label, `ENOENT: no ${command.name} in ${command.candidates.join(', ')}`);
  const source = `${binary} ${command.args.join(' ')}`;
  const key = await bootMemoKey(ctx, binary, command.label);
  if (key) {
    const kept = await ctx.memo!.get<Fact<T>>(key);
    if (kept) return kept;
  }
  const fact = await runVersion(ctx, binary, source, command);
  if (key && fact.status === 'ok') await ctx.memo!.set(key, fact);
  return fact;
}

async function runVersion<T>(ctx: CollectContext, binary: string, source: string, command: VersionCommand<T>): Promise<Fact<T>> {
  try {
    const timeoutMs = Math.min(ctx.timeoutMs, COMMAND_TIMEOUT_MS);
    const run = ctx.io.execFile(hostPath(ctx.roots, binary), [...command.args], { maxBytes: READ_LIMITS.command, timeoutMs });
    // execFile kills the child at timeoutMs; the margin lets that say so first.
    const output = await withDeadline(run, timeoutMs + 500);
    return ok(command.parse(output), source);
  } catch (error) {
    return unknown(source, reasonOf(error));
  }
}
