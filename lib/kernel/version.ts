/**
 * Kernel (and userspace component) versions: the one place they are parsed, checked, normalised
 * and compared. Pure: used by the content validator, the catalog import, the evaluator, search
 * and the browser.
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

/** A kernel `X.Y` as the content, the catalog and URLs write it: `5.11`, `6.10`, no patch, no `v`. */
export const KERNEL_X_Y = /^\d{1,2}\.\d{1,3}$/;

/** A userspace component's `X.Y` (`libbpf 0.3`, `iproute2 5.11`): the major may run to three digits. */
const USERSPACE_X_Y = /^\d{1,3}\.\d{1,3}$/;

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

/** A strict kernel `X.Y` (`5.11`, `6.10`; not `5.11.1`, not `v5.11`). */
export function isMajorMinor(input: string): boolean {
  return KERNEL_X_Y.test(input);
}

/** A strict userspace component `X.Y` (`0.3`, `5.11`, `100.1`). */
export function isUserspaceVersion(input: string): boolean {
  return USERSPACE_X_Y.test(input);
}

/** `4.18.0-305.el8.x86_64` → `4.18`. */
export function majorMinor(v: KernelVersion): string {
  return `${v.major}.${v.minor}`;
}

/**
 * A kernel version as a reader types it or a host reports it, reduced to its `X.Y`:
 * `5.4`, `v5.4` → `5.4`; `5.15.0-91-generic` → `5.15`. Null when it is not a version or its
 * `X.Y` is out of range (`123.4`).
 */
export function normaliseKernelVersion(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed.length > 64) return null;
  const parsed = parseKernelRelease(trimmed);
  if (!parsed) return null;
  const version = majorMinor(parsed);
  return isMajorMinor(version) ? version : null;
}

/**
 * A version as a data source writes it, with what follows it kept as a note: `v5.11`, `V5.11`,
 * `5.11.0` → `5.11`; `4.11 (removed in 4.18)` → `4.11` with the note `removed in 4.18`;
 * `5.11-rc1` → `5.11` with `-rc1`. Null when the text does not start with a kernel version.
 * A number is accepted for callers that parsed YAML themselves, but such a parser has already
 * read `6.10` as 6.1; the catalog import parses YAML with every scalar kept a string.
 */
export function parseVersionClaim(raw: string | number | null | undefined): { kernel: string; note: string | null } | null {
  const text = (typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw : '').replace(/\s+/g, ' ').trim();
  // The version runs to the first space, parenthesis, comma or semicolon; the rest is the note.
  const head = /^[^\s(,;]*/.exec(text)![0];
  const parsed = parseKernelRelease(head.replace(/^V/, 'v'));
  if (!parsed) return null;
  const kernel = majorMinor(parsed);
  if (!isMajorMinor(kernel)) return null;
  const note = (parsed.suffix + text.slice(head.length))
    .trim()
    .replace(/^\((.*)\)$/s, '$1')
    .trim();
  return { kernel, note: note || null };
}

/** Compares on major.minor (and patch when both have one). Negative when a < b. */
function compareVersions(a: KernelVersion, b: KernelVersion): number {
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
