/** The fixed vocabulary of feature categories. Content using any other word fails validation. */
export const CATEGORIES = [
  'tracing',
  'networking',
  'xdp',
  'af_xdp',
  'security',
  'memory',
  'cgroup',
  'verifier',
  'libbpf',
  'tooling',
  'drivers',
  'btf',
  'testing',
] as const;
export type Category = (typeof CATEGORIES)[number];

export function isCategory(word: string): word is Category {
  return (CATEGORIES as readonly string[]).includes(word);
}

/** Userspace components a record may land in instead of the kernel. */
export const USERSPACE_COMPONENTS = ['libbpf', 'iproute2', 'bpftool'] as const;
export type UserspaceComponent = (typeof USERSPACE_COMPONENTS)[number];
