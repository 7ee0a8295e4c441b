/**
 * Runs scripts/collect-host-facts.sh for tests — under dash, bash, busybox (with only busybox's
 * applets on PATH) or as an unprivileged user — and compares its facts with the server collector’s,
 * verdict by verdict.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { CatalogEntry } from '../../lib/catalog/types';
import type { FeatureRecord } from '../../lib/features/types';
import { evaluateAll } from '../../lib/verdicts/evaluate';
import type { HostRoots } from '../../lib/server/collect/roots';
import type { HostFacts } from '../../lib/host-facts/schema';

export const SCRIPT = resolve('scripts/collect-host-facts.sh');
const run = promisify(execFile);

export type ScriptShell = 'dash' | 'bash' | 'busybox';

/** Where a shell is on this machine, or null. */
export function shellPath(shell: ScriptShell): string | null {
  const candidates = {
    dash: ['/usr/bin/dash', '/bin/dash'],
    bash: ['/usr/bin/bash', '/bin/bash'],
    busybox: ['/usr/bin/busybox', '/bin/busybox'],
  }[shell];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** A directory of busybox applet links: as PATH, a host with busybox and nothing else. */
export async function busyboxOnlyPath(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const busybox = shellPath('busybox');
  if (!busybox) throw new Error('no busybox');
  const dir = await mkdtemp(join(tmpdir(), 'busybox-only-'));
  const { stdout } = await run(busybox, ['--list']);
  await mkdir(dir, { recursive: true });
  for (const applet of stdout.split('\n').filter(Boolean)) await symlink(busybox, join(dir, applet));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export interface ScriptRun {
  facts: HostFacts;
  stderr: string;
  bytes: number;
  ms: number;
}

export interface ScriptOptions {
  shell?: ScriptShell;
  roots?: HostRoots;
  /** PATH for the script (default: the usual system directories). */
  path?: string;
  /** Run as nobody (uid/gid 65534) through setpriv; needs root. */
  unprivileged?: boolean;
  env?: Record<string, string>;
  timeoutMs?: number;
}

export async function runCollectScript(options: ScriptOptions = {}): Promise<ScriptRun> {
  const shell = shellPath(options.shell ?? 'dash');
  if (!shell) throw new Error(`no ${options.shell ?? 'dash'} on this machine`);
  const argv = options.shell === 'busybox' ? [shell, 'sh', SCRIPT] : [shell, SCRIPT];
  const command = options.unprivileged ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...argv] : argv;
  const env: Record<string, string> = {
    PATH: options.path ?? '/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin',
    TMPDIR: tmpdir(),
    ...(options.roots
      ? { HOST_ROOT: options.roots.root, HOST_PROC: options.roots.proc, HOST_SYS: options.roots.sys, HOST_ETC: options.roots.etc }
      : {}),
    ...options.env,
  };
  const started = performance.now();
  const { stdout, stderr } = await run(command[0]!, command.slice(1), {
    // Only these variables: the script must not depend on anything else in the environment.
    env: env as Partial<NodeJS.ProcessEnv> as NodeJS.ProcessEnv,
    timeout: options.timeoutMs ?? 240_000,
    maxBuffer: 4 * 1024 * 1024,
  });
  return { facts: JSON.parse(stdout) as HostFacts, stderr, bytes: Buffer.byteLength(stdout), ms: performance.now() - started };
}

/** One line per item whose verdict differs: `helper bpf_x: server supported (…) ≠ script unknown (…)`. */
export function verdictDiff(
  records: readonly FeatureRecord[],
  entries: readonly CatalogEntry[],
  server: HostFacts,
  script: HostFacts,
): string[] {
  const a = evaluateAll(records, entries, server);
  const b = evaluateAll(records, entries, script);
  const diff: string[] = [];
  a.forEach((item, i) => {
    const other = b[i]!;
    if (item.verdict !== other.verdict) {
      const why = (e: typeof item) => e.evidence.map((x) => x.text).join('; ');
      diff.push(`${item.kind} ${item.id}: server ${item.verdict} (${why(item)}) ≠ script ${other.verdict} (${why(other)})`);
    }
  });
  return diff;
}

/**
 * The facts, for a deep comparison: what legitimately differs between two collectors is taken
 * out (who collected, when, and the arch fallback's source: Node's process.arch vs `uname -m`).
 */
export function comparableFacts(facts: HostFacts): HostFacts['facts'] {
  const f = structuredClone(facts.facts);
  if (f.architecture.status === 'ok' && (f.architecture.source === 'process.arch' || f.architecture.source === 'uname -m')) {
    f.architecture.source = '(this process)';
  }
  return f;
}
