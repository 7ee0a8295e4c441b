/** Issue 2's feature ids, in the order of the issue: the expectation several tests share. */
export const ISSUE_2_FEATURE_IDS = [
  'iproute2-libbpf',
  'ena-xdp-redirect',
  'btf-kernel-modules',
  'so-prefer-busy-poll',
  'bpf-ima-inode-hash',
  'bpf-bprm-opts-set',
  'memcg-bpf-memory-accounting',
  'sockopt-in-inet-bind-hooks',
  'bpf-ktime-get-coarse-ns',
  'sk-storage-helpers-in-iterators',
  'af-xdp-veth-selftests',
  'libbpf-set-attach-target-btf',
  'verifier-stack-pointers-in-helper-calls',
  'ring-buffer-epoll-fd',
] as const;

/** The userspace items (iproute2, libbpf): not on the kernel timeline. */
const USERSPACE = new Set<string>(['iproute2-libbpf', 'libbpf-set-attach-target-btf', 'ring-buffer-epoll-fd']);

export const ISSUE_2_KERNEL_FEATURE_IDS = ISSUE_2_FEATURE_IDS.filter((id) => !USERSPACE.has(id));
