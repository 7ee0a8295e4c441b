/**
 * The server's host-facts collector: reads the host under its roots and returns its HostFacts.
 * Every fact is collected independently and bounded (size, deadline); a missing or unreadable
 * source makes that fact `unknown` with a reason and never fails the others. Node only.
 */
import { arch as nodeArch } from 'node:process';
import { endianness } from 'node:os';
import { HOST_FACTS_SCHEMA_VERSION, type HostFacts } from '../../host-facts/schema';
import { resolveHostRoots, type HostRoots } from './roots';
import { nodeHostIo, type HostIo } from './io';
import { DEFAULT_TIMEOUT_MS } from './limits';
import type { CollectContext } from './context';
import type { BootMemo } from './boot-memo';
import { settle } from './fact';
import { collectArchitecture, collectKernelConfig, collectKernelRelease } from './kernel';
import { collectBtf, collectBtfModules } from './btf';
import { collectLockdown, collectLsm } from './security';
import { collectCapabilities, collectCgroup, collectDistro, collectMemlock, collectPaths, collectSysctls } from './system';
import { collectIproute2 } from './iproute2';
import { collectBpftool } from './bpftool';

const COLLECTOR = { name: 'ebpf-digest-probe', version: '1.0.0' } as const;

export interface CollectOptions {
  /** Where the host's trees are; default from HOST_ROOT/HOST_PROC/HOST_SYS/HOST_ETC. */
  roots?: HostRoots;
  /** BTF function names to look up (catalog kfuncs, `btf:` names of rules that are not enum members). */
  wantedFunctions?: string[];
  /** `struct.member` names of `member:` rules. */
  wantedMembers?: string[];
  /** Enumerators of `enum:` rules. */
  wantedEnumerators?: string[];
  /** Paths of `path:` rules (/sys/…, /proc/…). */
  wantedPaths?: string[];
  /** Dotted names of `sysctl:` rules. */
  wantedSysctls?: string[];
  /** Deadline for each file operation, ms (default 2000). */
  timeoutMs?: number;
  /** Run `ip -V`; default only when HOST_ROOT is `/` (a host root mounted elsewhere cannot run its ip here). */
  runIpVersion?: boolean;
  /** Run `bpftool version`; default only when HOST_ROOT is `/`, as for `ip -V`. */
  runBpftoolVersion?: boolean;
  /** The I/O layer; tests inject faults through it. */
  io?: HostIo;
  /** Facts to keep between reads of this host (BTF, `ip -V`, `bpftool version`): see boot-memo.ts. */
  memo?: BootMemo;
  /** The clock, for deterministic facts in tests. */
  now?: () => Date;
}

/** Collectors of many facts catch per entry; this is the net for a bug in one of them. */
async function settleRecord<T>(collect: () => Promise<Record<string, T>>): Promise<Record<string, T>> {
  try {
    return await collect();
  } catch {
    return {};
  }
}

/** Every promise of a record awaited together, keeping the keys. */
async function awaitAll<T extends Record<string, unknown>>(pending: T): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const values = await Promise.all(Object.values(pending));
  return Object.fromEntries(Object.keys(pending).map((key, i) => [key, values[i]])) as { [K in keyof T]: Awaited<T[K]> };
}

export async function collectHostFacts(options: CollectOptions = {}): Promise<HostFacts> {
  const roots = options.roots ?? resolveHostRoots(process.env);
  const ctx: CollectContext = {
    roots,
    io: options.io ?? nodeHostIo,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    ...(options.memo ? { memo: options.memo } : {}),
  };
  const collectedAt = (options.now ?? (() => new Date()))().toISOString();

  const releasePromise = collectKernelRelease(ctx);
  const configPromise = releasePromise.then((release) =>
    settle('/boot/config-<release>, /proc/config.gz', () => collectKernelConfig(ctx, release)),
  );
  const facts = await awaitAll({
    kernelRelease: releasePromise,
    distro: settle('/etc/os-release', () => collectDistro(ctx)),
    architecture: settle('/proc/sys/kernel/arch', () => collectArchitecture(ctx, { arch: nodeArch, endianness: endianness() })),
    kernelConfig: configPromise,
    btf: settle('/sys/kernel/btf/vmlinux', () =>
      collectBtf(ctx, { functions: options.wantedFunctions, members: options.wantedMembers, enumerators: options.wantedEnumerators }),
    ),
    btfModules: settle('/sys/kernel/btf/', () => collectBtfModules(ctx)),
    lsm: configPromise.then((config) => settle('/sys/kernel/security/lsm', () => collectLsm(ctx, config))),
    lockdown: settle('/sys/kernel/security/lockdown', () => collectLockdown(ctx)),
    sysctls: settleRecord(() => collectSysctls(ctx, options.wantedSysctls ?? [])),
    paths: settleRecord(() => collectPaths(ctx, options.wantedPaths ?? [])),
    cgroup: collectCgroup(ctx),
    capabilities: collectCapabilities(ctx),
    memlock: collectMemlock(ctx),
    iproute2: settle('ip -V', () => collectIproute2(ctx, options.runIpVersion ?? roots.root === '/')),
    bpftool: settle('bpftool version', () => collectBpftool(ctx, options.runBpftoolVersion ?? roots.root === '/')),
  });
  return { schemaVersion: HOST_FACTS_SCHEMA_VERSION, collector: { ...COLLECTOR }, collectedAt, facts };
}
