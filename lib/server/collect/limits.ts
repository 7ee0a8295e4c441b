/** Bounds on what the probe reads: every read has a size cap and a deadline. */

const KiB = 1024;
const MiB = 1024 * KiB;

export const READ_LIMITS = {
  /** A one-line /proc or /sys file (osrelease, a sysctl, lsm, lockdown). */
  small: 64 * KiB,
  /** /proc/self/mountinfo can be long in busy containers. */
  mountinfo: 4 * MiB,
  /** A kernel config, compressed or not (6.x: ~280 KB of text, ~60 KB gzipped). */
  config: 2 * MiB,
  /** /sys/kernel/btf/vmlinux (6.x: 5–6 MB; debug kernels larger). */
  btf: 64 * MiB,
  /** Output of `ip -V`. */
  command: 64 * KiB,
} as const;

/** Deadline for one file operation (open+read, stat, readdir) unless the caller gives one. */
export const DEFAULT_TIMEOUT_MS = 2000;
/** Deadline for `ip -V`. */
export const COMMAND_TIMEOUT_MS = 2000;
