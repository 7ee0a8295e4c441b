/** Distro, sysctls, asked-for paths, cgroup mounts, and this process's capabilities and memlock limit. */
import { NAME_PATTERNS } from '../../features/detect';
import { CORE_SYSCTLS, type Fact, type HostFactSet } from '../../host-facts/schema';
import { ok, reasonOf, settle, unknown } from './fact';
import { isPopulatedDir, readHostText, statHost, type CollectContext } from './context';
import { READ_LIMITS } from './limits';
import { parseCapabilities, parseCgroupMounts, parseMemlock, parseOsRelease } from './parse';

const OS_RELEASE = '/etc/os-release';
// The os-release spec's fallback; /etc/os-release is often a relative symlink to it anyway.
const OS_RELEASE_FALLBACK = '/usr/lib/os-release';
const MAX_WANTED = 256;

export async function collectDistro(ctx: CollectContext): Promise<HostFactSet['distro']> {
  let first: string;
  try {
    return ok(parseOsRelease(await readHostText(ctx, OS_RELEASE, READ_LIMITS.small)), OS_RELEASE);
  } catch (error) {
    first = reasonOf(error);
  }
  try {
    return ok(parseOsRelease(await readHostText(ctx, OS_RELEASE_FALLBACK, READ_LIMITS.small)), OS_RELEASE_FALLBACK);
  } catch (error) {
    return unknown(`${OS_RELEASE}, ${OS_RELEASE_FALLBACK}`, `${first}; ${OS_RELEASE_FALLBACK}: ${reasonOf(error)}`);
  }
}

function sysctlPath(name: string): string {
  return `/proc/sys/${name.replace(/\./g, '/')}`;
}

/**
 * The core sysctls and those rules ask for, value as read. A missing one is `unknown` with ENOENT
 * (the evaluator reads that as "absent") only when /proc/sys itself is there.
 */
export async function collectSysctls(ctx: CollectContext, wanted: readonly string[]): Promise<Record<string, Fact<string>>> {
  const names = [...new Set([...CORE_SYSCTLS, ...wanted.filter((n) => NAME_PATTERNS.sysctl.test(n)).slice(0, MAX_WANTED)])];
  const procSys = await isPopulatedDir(ctx, '/proc/sys');
  const entries = await Promise.all(
    names.map(async (name): Promise<[string, Fact<string>]> => {
      const path = sysctlPath(name);
      if (!procSys) return [name, unknown(path, 'procfs not mounted')];
      try {
        return [name, ok((await readHostText(ctx, path, READ_LIMITS.small)).trim(), path)];
      } catch (error) {
        return [name, unknown(path, reasonOf(error))];
      }
    }),
  );
  return Object.fromEntries(entries);
}

/** Paths `path:` rules ask for: stat only, nothing is read. */
export async function collectPaths(ctx: CollectContext, wanted: readonly string[]): Promise<HostFactSet['paths']> {
  const paths = [...new Set(wanted.filter((p) => NAME_PATTERNS.path.test(p) && !p.split('/').includes('..')))].slice(0, MAX_WANTED);
  const mounted = {
    sys: await isPopulatedDir(ctx, '/sys'),
    proc: await isPopulatedDir(ctx, '/proc'),
  };
  const entries = await Promise.all(
    paths.map(async (path): Promise<[string, HostFactSet['paths'][string]]> => {
      const fs = path.startsWith('/sys') ? 'sys' : 'proc';
      if (!mounted[fs]) return [path, unknown(path, `${fs === 'sys' ? 'sysfs' : 'procfs'} not mounted`)];
      try {
        return [path, ok({ type: await statHost(ctx, path) }, path)];
      } catch (error) {
        return [path, unknown(path, reasonOf(error))];
      }
    }),
  );
  return Object.fromEntries(entries);
}

export function collectCgroup(ctx: CollectContext): Promise<HostFactSet['cgroup']> {
  const source = '/proc/self/mountinfo';
  return settle(source, async () => ok(parseCgroupMounts(await readHostText(ctx, source, READ_LIMITS.mountinfo)), source));
}

export function collectCapabilities(ctx: CollectContext): Promise<HostFactSet['capabilities']> {
  const source = '/proc/self/status';
  return settle(source, async () => ok(parseCapabilities(await readHostText(ctx, source, READ_LIMITS.small)), source));
}

export function collectMemlock(ctx: CollectContext): Promise<HostFactSet['memlock']> {
  const source = '/proc/self/limits';
  return settle(source, async () => ok(parseMemlock(await readHostText(ctx, source, READ_LIMITS.small)), source));
}
