/** bpftool's version, from `bpftool version` (the `bpftool:X.Y` rules judge it). */
import type { BpftoolFact } from '../../host-facts/schema';
import { unknown } from './fact';
import type { CollectContext } from './context';
import { collectVersionCommand } from './command';
import { parseBpftoolVersion } from './parse';

// Looked up at fixed places, never through PATH: what runs is what we name.
export const BPFTOOL_CANDIDATES = ['/usr/sbin/bpftool', '/usr/bin/bpftool', '/usr/local/sbin/bpftool', '/sbin/bpftool'] as const;

export async function collectBpftool(ctx: CollectContext, run: boolean): Promise<BpftoolFact> {
  if (!run) {
    return unknown(
      'bpftool version',
      ctx.roots.root === '/' ? 'not run' : "not run: HOST_ROOT is not / (the host's bpftool cannot run here)",
    );
  }
  return collectVersionCommand(ctx, {
    name: 'bpftool',
    label: 'bpftool version',
    candidates: BPFTOOL_CANDIDATES,
    args: ['version'],
    parse: parseBpftoolVersion,
  });
}
