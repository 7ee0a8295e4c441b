/**
 * The probe's only contact with the host: bounded file reads, stat, readdir and one fixed command.
 * Behind an interface so tests can inject faults the real machine cannot produce on demand (EACCES
 * when tests run as root). Node only.
 */
import { constants, readSync, type Stats } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { execFile as execFileCallback } from 'node:child_process';
import { HostReadError } from './fact';

export type HostFileType = 'file' | 'directory' | 'other';

export interface HostIo {
  /** The whole content of a regular file, at most maxBytes; anything else (FIFO, device, dir) is refused. */
  readFile(path: string, limits: { maxBytes: number; timeoutMs: number }): Promise<Uint8Array>;
  /** The type of what is at path (symlinks followed). */
  stat(path: string, timeoutMs: number): Promise<HostFileType>;
  readdir(path: string, timeoutMs: number): Promise<string[]>;
  /**
   * What identifies the file's content without reading it (device, inode, size, mtime), for the
   * boot memo; absent in an io that cannot tell (nothing is then kept between reads).
   */
  identity?(path: string, timeoutMs: number): Promise<string>;
  /** Runs a program with fixed arguments, no shell; stdout as text. */
  execFile(file: string, args: readonly string[], limits: { maxBytes: number; timeoutMs: number }): Promise<string>;
}

/** Rejects with "timed out after N ms" when work takes longer; the work itself is left to finish. */
export function withDeadline<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HostReadError(`timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

function describeType(st: Stats): string {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  if (st.isDirectory()) return 'a directory';
  return 'not a regular file';
}

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever. With it the
// open returns at once and fstat on the open descriptor (no stat-then-open race) refuses it.
// It changes nothing for regular files, procfs or sysfs. O_NOCTTY: a tty in place of a file must
// not become our controlling terminal.
const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY; // libuv adds O_CLOEXEC itself

// sysfs hands out a binary attribute a page per read(): the kernel's ~5.5 MB BTF is ~1,400 reads,
// and awaited one by one through libuv's pool they cost ~60 ms of round trips. After a first
// awaited read (a file that hangs is left to the deadline), the rest is read synchronously in
// slices of this many ms, yielding to the event loop between slices (~10 ms in all).
const SYNC_SLICE_MS = 4;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function readRegularFile(path: string, maxBytes: number, cancelled: () => boolean): Promise<Uint8Array> {
  const handle = await open(path, READ_FLAGS);
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new HostReadError(`refused: ${describeType(st)}, not a regular file`);
    // st.size is a hint only: procfs files say 0 and sysfs attributes 4096, so read to EOF with a cap.
    if (st.size > maxBytes) throw new HostReadError(`too large: ${st.size} bytes > limit ${maxBytes}`);
    let buffer = Buffer.allocUnsafe(Math.min(Math.max(st.size + 1, 4096), maxBytes + 1));
    let length = 0;
    let first = true;
    let sliceStart = performance.now();
    for (;;) {
      if (cancelled()) throw new HostReadError('cancelled');
      if (length === buffer.length) {
        if (buffer.length > maxBytes) throw new HostReadError(`too large: more than ${maxBytes} bytes`);
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      // position null: read sequentially, as seq_file-backed procfs files expect.
      let bytesRead: number;
      if (first) {
        ({ bytesRead } = await handle.read(buffer, length, buffer.length - length, null));
        first = false;
        sliceStart = performance.now();
      } else {
        if (performance.now() - sliceStart > SYNC_SLICE_MS) {
          await yieldToEventLoop();
          if (cancelled()) throw new HostReadError('cancelled');
          sliceStart = performance.now();
        }
        bytesRead = readSync(handle.fd, buffer, length, buffer.length - length, null);
      }
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
  } finally {
    await handle.close();
  }
}

function fileType(st: Stats): HostFileType {
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'directory';
  return 'other';
}

// A C locale for stable output and nothing else from our environment. (The cast: Next's types make
// NODE_ENV a required key of ProcessEnv.)
const COMMAND_ENV = { LC_ALL: 'C' } as Partial<NodeJS.ProcessEnv> as NodeJS.ProcessEnv;

function runCommand(file: string, args: readonly string[], maxBytes: number, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFileCallback(
      file,
      [...args],
      // No shell, a fixed environment (C locale for stable output), killed at the deadline.
      { shell: false, timeout: timeoutMs, maxBuffer: maxBytes, env: COMMAND_ENV, windowsHide: true, encoding: 'utf8' },
      (error, stdout) => {
        if (!error) return resolve(stdout);
        const e = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null; code?: unknown };
        if (typeof e.code === 'string') return reject(error);
        if (e.killed) return reject(new HostReadError(`timed out after ${timeoutMs} ms`));
        if (typeof e.code === 'number') return reject(new HostReadError(`exited with status ${e.code}`));
        reject(new HostReadError(e.signal ? `killed by ${e.signal}` : 'failed'));
      },
    );
  });
}

/** The real host, through node:fs and node:child_process. */
export const nodeHostIo: HostIo = {
  async readFile(path, { maxBytes, timeoutMs }) {
    let cancelled = false;
    try {
      return await withDeadline(
        readRegularFile(path, maxBytes, () => cancelled),
        timeoutMs,
      );
    } finally {
      cancelled = true;
    }
  },
  async stat(path, timeoutMs) {
    return fileType(await withDeadline(stat(path), timeoutMs));
  },
  async readdir(path, timeoutMs) {
    return withDeadline(readdir(path), timeoutMs);
  },
  async identity(path, timeoutMs) {
    const st = await withDeadline(stat(path, { bigint: true }), timeoutMs);
    return `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
  },
  async execFile(file, args, { maxBytes, timeoutMs }) {
    return runCommand(file, args, maxBytes, timeoutMs);
  },
};
