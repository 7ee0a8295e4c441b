/**
 * Fake host roots for the probe's tests. The committed trees (test/fixtures/hosts/<name>/root) hold
 * only text; what is binary is made here, in a temp copy: BTF blobs with writeBtf and gzip files
 * from text (both listed in the fixture's fixture.json). Faults can be added on top: a FIFO where a
 * file should be, a truncated file, a permission-denied file.
 *
 *   const host = await materializeHostFixture('linux-6x', { faults: [{ kind: 'fifo', path: 'proc/config.gz' }] });
 *   const facts = await collectHostFacts({ roots: host.roots, io: host.io });
 *   await host.cleanup();
 */
import { chmod, cp, mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { writeBtf, type BtfWriterSpec } from './btf-writer';
import { nodeHostIo, type HostIo } from '../../lib/server/collect/io';
import type { HostRoots } from '../../lib/server/collect/roots';

export const HOST_FIXTURES = ['linux-6x', 'linux-419', 'rhel8-418', 'container'] as const;
export type HostFixtureName = (typeof HOST_FIXTURES)[number];

const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/hosts');

/** Paths are relative to the host root: `proc/config.gz`, `sys/kernel/btf/vmlinux`. */
export type HostFixtureFault =
  /** Replace with a FIFO (made by mkfifo): a read that opened it blocking would hang forever. */
  | { kind: 'fifo'; path: string }
  /** Cut a file to keepBytes (default: half), e.g. proc/config.gz → a truncated gzip stream. */
  | { kind: 'truncate'; path: string; keepBytes?: number }
  /**
   * Permission denied. chmod 000 — and, because root reads a 000 file anyway (CAP_DAC_OVERRIDE),
   * when the tests run as root also an EACCES injected by the returned `io` for that path.
   */
  | { kind: 'denied'; path: string }
  | { kind: 'remove'; path: string }
  | { kind: 'write'; path: string; content: string | Uint8Array };

interface FixtureManifest {
  description: string;
  /** root-relative path → writeBtf spec. */
  btf?: Record<string, BtfWriterSpec>;
  /** root-relative path → text file (relative to the fixture dir) to gzip there. */
  gzip?: Record<string, string>;
  /** Directories that must exist and be empty (git keeps no empty directories). */
  emptyDirs?: string[];
}

export interface MaterializedHost extends HostRoots {
  roots: HostRoots;
  /** The real I/O, or the real I/O plus injected EACCES when running as root with `denied` faults. */
  io: HostIo;
  /** How `denied` faults are made on this run. */
  deniedBy: 'chmod' | 'injected';
  description: string;
  cleanup(): Promise<void>;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function eacces(syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EACCES: permission denied, ${syscall} '${path}'`), {
    code: 'EACCES',
    errno: -13,
    syscall,
    path,
  });
}

/** Wraps an io so that every access to one of `paths` (absolute) fails with EACCES, as for non-root. */
function denyingIo(io: HostIo, paths: readonly string[]): HostIo {
  const denied = new Set(paths.map((p) => resolve(p)));
  const check = (syscall: string, path: string) => {
    if (denied.has(resolve(path))) throw eacces(syscall, path);
  };
  return {
    async readFile(path, limits) {
      check('open', path);
      return io.readFile(path, limits);
    },
    async stat(path, timeoutMs) {
      check('stat', path);
      return io.stat(path, timeoutMs);
    },
    async readdir(path, timeoutMs) {
      check('scandir', path);
      return io.readdir(path, timeoutMs);
    },
    async execFile(file, args, limits) {
      check('spawn', file);
      return io.execFile(file, args, limits);
    },
  };
}

function inside(root: string, relative: string): string {
  const path = resolve(root, relative);
  if (!path.startsWith(root + '/')) throw new Error(`fixture path escapes the root: ${relative}`);
  return path;
}

async function applyFault(root: string, fault: HostFixtureFault, denied: string[]): Promise<void> {
  const path = inside(root, fault.path);
  switch (fault.kind) {
    case 'fifo':
      await rm(path, { force: true });
      await mkdir(dirname(path), { recursive: true });
      await promisify(execFile)('mkfifo', ['-m', '0644', path]);
      return;
    case 'truncate': {
      const size = (await readFile(path)).byteLength;
      await truncate(path, fault.keepBytes ?? Math.floor(size / 2));
      return;
    }
    case 'denied':
      await chmod(path, 0o000);
      denied.push(path);
      return;
    case 'remove':
      await rm(path, { recursive: true, force: true });
      return;
    case 'write':
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, fault.content);
      return;
  }
}

export async function materializeHostFixture(
  name: HostFixtureName,
  options: { faults?: HostFixtureFault[] } = {},
): Promise<MaterializedHost> {
  const source = join(FIXTURES_DIR, name);
  const manifest = JSON.parse(await readFile(join(source, 'fixture.json'), 'utf8')) as FixtureManifest;
  const root = await mkdtemp(join(tmpdir(), `ebpf-digest-host-${name}-`));
  try {
    await cp(join(source, 'root'), root, { recursive: true });
    for (const dir of manifest.emptyDirs ?? []) await mkdir(inside(root, dir), { recursive: true });
    for (const [path, spec] of Object.entries(manifest.btf ?? {})) {
      const target = inside(root, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, writeBtf(spec), { mode: 0o444 });
    }
    for (const [path, text] of Object.entries(manifest.gzip ?? {})) {
      const target = inside(root, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, gzipSync(await readFile(join(source, text))));
    }
    const denied: string[] = [];
    for (const fault of options.faults ?? []) await applyFault(root, fault, denied);

    const roots: HostRoots = { root, proc: join(root, 'proc'), sys: join(root, 'sys'), etc: join(root, 'etc') };
    const inject = denied.length > 0 && isRoot();
    return {
      ...roots,
      roots,
      io: inject ? denyingIo(nodeHostIo, denied) : nodeHostIo,
      deniedBy: inject ? 'injected' : 'chmod',
      description: manifest.description,
      cleanup: () => rm(root, { recursive: true, force: true }),
    };
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}
