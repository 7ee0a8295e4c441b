/** iproute2's version and the libbpf it was built with, from `ip -V`. */
import type { HostFactSet } from '../../host-facts/schema';
import { unknown } from './fact';
import type { CollectContext } from './context';
import { collectVersionCommand } from './command';
import { parseIpVersion } from './parse';

// Looked up at fixed places, never through PATH: what runs is what we name.
const IP_CANDIDATES = ['/usr/sbin/ip', '/sbin/ip', '/usr/bin/ip', '/bin/ip'] as const;

export async function collectIproute2(ctx: CollectContext, run: boolean): Promise<HostFactSet['iproute2']> {
  if (!run) {
    return unknown('ip -V', ctx.roots.root === '/' ? 'not run' : "not run: HOST_ROOT is not / (the host's ip cannot run here)");
  }
  return collectVersionCommand(ctx, { name: 'ip', label: 'ip -V', candidates: IP_CANDIDATES, args: ['-V'], parse: parseIpVersion });
}
