/**
 * Where the host's filesystems are, seen from the probe. Pure.
 * The names and defaults follow gopsutil (HOST_ROOT, HOST_PROC, HOST_SYS, HOST_ETC): a probe in a
 * container gets the host's trees mounted somewhere and says where; tests point them at fixtures.
 */
import { posix } from 'node:path';

export interface HostRoots {
  /** The host's `/` (for /boot and /usr). */
  root: string;
  /** The host's /proc; /proc/self/* under it is this process as that procfs sees it. */
  proc: string;
  sys: string;
  etc: string;
}

type Env = Record<string, string | undefined>;

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? posix.normalize(trimmed) : undefined;
}

/**
 * HOST_PROC/HOST_SYS/HOST_ETC win; when only HOST_ROOT is set they default to `$HOST_ROOT/proc` etc.
 * Relative values are kept as given (resolved against the working directory when read).
 */
export function resolveHostRoots(env: Env): HostRoots {
  const root = clean(env.HOST_ROOT) ?? '/';
  return {
    root,
    proc: clean(env.HOST_PROC) ?? posix.join(root, 'proc'),
    sys: clean(env.HOST_SYS) ?? posix.join(root, 'sys'),
    etc: clean(env.HOST_ETC) ?? posix.join(root, 'etc'),
  };
}

/**
 * Maps a host path (`/proc/config.gz`, `/boot/config-6.1.0`) to where the probe reads it.
 * Refuses `..` so a value read from the host (a kernel release in a file name) cannot climb out.
 */
export function hostPath(roots: HostRoots, path: string): string {
  if (!path.startsWith('/') || path.split('/').includes('..')) {
    throw new Error(`not an absolute host path: ${JSON.stringify(path)}`);
  }
  const [, top, ...rest] = path.split('/');
  const tail = rest.join('/');
  switch (top) {
    case 'proc':
      return posix.join(roots.proc, tail);
    case 'sys':
      return posix.join(roots.sys, tail);
    case 'etc':
      return posix.join(roots.etc, tail);
    default:
      return posix.join(roots.root, path);
  }
}
