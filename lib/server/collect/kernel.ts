/** Kernel release, architecture and kernel config. */
import { gunzip } from 'node:zlib';
import type { Fact } from '../../host-facts/schema';
import { ok, HostReadError, reasonOf, settle, unknown } from './fact';
import { readHostBytes, readHostText, type CollectContext } from './context';
import { hostPath } from './roots';
import { READ_LIMITS } from './limits';
import { parseKernelConfig, unameMachine } from './parse';

const OSRELEASE = '/proc/sys/kernel/osrelease';
const ARCH = '/proc/sys/kernel/arch';
const CONFIG_GZ = '/proc/config.gz';

/** A release as it may appear in a file name (/boot/config-<release>): no slashes, no `..`. */
const SAFE_RELEASE = /^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._+~-]{0,255}$/;

export function collectKernelRelease(ctx: CollectContext): Promise<Fact<string>> {
  return settle(OSRELEASE, async () => {
    const release = (await readHostText(ctx, OSRELEASE, READ_LIMITS.small)).trim();
    if (!release) throw new HostReadError('empty');
    return ok(release, OSRELEASE);
  });
}

export async function collectArchitecture(ctx: CollectContext, node: { arch: string; endianness: 'LE' | 'BE' }): Promise<Fact<string>> {
  try {
    const arch = (await readHostText(ctx, ARCH, READ_LIMITS.small)).trim();
    if (arch) return ok(arch, ARCH);
  } catch {
    // Older kernels have no kernel.arch sysctl: fall back to the arch this process runs as,
    // which is the host's (a container shares the host's kernel).
  }
  return ok(unameMachine(node.arch, node.endianness), 'process.arch');
}

function gunzipBounded(bytes: Uint8Array, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    gunzip(bytes, { maxOutputLength: maxBytes }, (error, result) => {
      if (!error) return resolve(result);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        reject(new HostReadError(`too large: more than ${maxBytes} bytes uncompressed`));
      } else if (code === 'Z_BUF_ERROR') {
        reject(new HostReadError(`truncated gzip (${error.message})`));
      } else {
        reject(new HostReadError(`bad gzip (${error.message})`));
      }
    });
  });
}

/**
 * The last config parsed, by where it came from and its bytes: a warm probe reads the config (it
 * can change under /boot) but parses it again only when the bytes differ.
 */
let lastConfig: { path: string; bytes: Uint8Array; value: Record<string, string> } | null = null;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;
}

async function parseConfigOnce(path: string, bytes: Uint8Array, text: () => Promise<string>): Promise<Record<string, string>> {
  if (lastConfig && lastConfig.path === path && sameBytes(lastConfig.bytes, bytes)) return lastConfig.value;
  const value = parseKernelConfig(await text());
  lastConfig = { path, bytes: Uint8Array.from(bytes), value };
  return value;
}

/**
 * The kernel config: /boot/config-<release> first (distros ship it), then /proc/config.gz
 * (CONFIG_IKCONFIG_PROC). Keeps the set options only; reasons from every source when none works.
 */
export async function collectKernelConfig(ctx: CollectContext, release: Fact<string>): Promise<Fact<Record<string, string>>> {
  const tried: string[] = [];
  const reasons: string[] = [];
  if (release.status === 'ok' && SAFE_RELEASE.test(release.value)) {
    const boot = `/boot/config-${release.value}`;
    try {
      const bytes = await readHostBytes(ctx, boot, READ_LIMITS.config);
      return ok(await parseConfigOnce(hostPath(ctx.roots, boot), bytes, async () => new TextDecoder('utf-8').decode(bytes)), boot);
    } catch (error) {
      tried.push(boot);
      reasons.push(`${boot}: ${reasonOf(error)}`);
    }
  } else {
    reasons.push('/boot/config-<release>: kernel release unknown');
  }
  try {
    const compressed = await readHostBytes(ctx, CONFIG_GZ, READ_LIMITS.config);
    const text = async () => new TextDecoder('utf-8').decode(await gunzipBounded(compressed, READ_LIMITS.config));
    return ok(await parseConfigOnce(hostPath(ctx.roots, CONFIG_GZ), compressed, text), CONFIG_GZ);
  } catch (error) {
    tried.push(CONFIG_GZ);
    reasons.push(`${CONFIG_GZ}: ${reasonOf(error)}`);
  }
  return unknown(tried.join(', '), reasons.join('; '));
}
