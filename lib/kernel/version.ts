/**
 * Kernel (and userspace component) version parsing and comparison.
 * Pure: used by the content validator, the catalog, the evaluator and the browser.
 */

export interface KernelVersion {
  major: number;
  minor: number;
  /** Patch level when the string had one (`4.18.0-305` → 0), else null. */
  patch: number | null;
  /** What followed the numeric part, e.g. `-305.el8.x86_64`; empty when none. */
  suffix: string;
}

const RELEASE = /^v?(\d{1,4})\.(\d{1,4})(?:\.(\d{1,6}))?(.*)$/;

/**
 * Parses `5.11`, `v6.10`, `4.18.0-305.el8.x86_64`, `6.18.44-fc-v782`.
 * Returns null for anything that is not a version (never throws).
 */
export function parseKernelRelease(input: string): KernelVersion | null {
  if (typeof input !== 'string') return null;
  const m = RELEASE.exec(input.trim());
  if (!m) return null;
  const suffix = m[4] ?? '';
  // A suffix must be separated (`-rc1`, `+`, `_x`), so `5.11abc` and `5.1.2.3` are rejected.
  if (suffix && !/^[-+_~]/.test(suffix)) return null;
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: m[3] === undefined ? null : Number(m[3]),
    suffix,
  };
}

/** A strict `X.Y` version as the content and the catalog write it (`5.11`, `6.10`, no patch). */
export function isMajorMinor(input: string): boolean {
  return /^\d{1,2}\.\d{1,3}$/.test(input);
}

/** Compares on major.minor (and patch when both have one). Negative when a < b. */
export function compareVersions(a: KernelVersion, b: KernelVersion): number {
  if (a.major !== b.major) return a.major - b.major;
  if (a.minor !== b.minor) return a.minor - b.minor;
  if (a.patch !== null && b.patch !== null) return a.patch - b.patch;
  return 0;
}

/** Compares two version strings on major.minor; throws on strings that are not versions. */
export function compareVersionStrings(a: string, b: string): number {
  const va = parseKernelRelease(a);
  const vb = parseKernelRelease(b);
  if (!va) throw new Error(`not a version: ${JSON.stringify(a)}`);
  if (!vb) throw new Error(`not a version: ${JSON.stringify(b)}`);
  return compareVersions({ ...va, patch: null }, { ...vb, patch: null });
}

/** `4.18.0-305.el8.x86_64` → `4.18`. */
export function majorMinor(v: KernelVersion): string {
  return `${v.major}.${v.minor}`;
}
