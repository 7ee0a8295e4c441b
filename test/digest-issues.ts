/**
 * The digest's issues as the tests expect them: ids in order, the "Did You Know?" explainer read in
 * place, and a code span each issue writes. One place, shared by the e2e journeys.
 */
export interface DigestIssueExpectation {
  number: number;
  featureIds: readonly string[];
  didYouKnow?: { slug: string; /** Text only the explainer has, shown in place. */ code: string };
  /** A code span of the issue, by feature. */
  code: { feature: string; text: string };
  post: string;
}

export const DIGEST_ISSUES: readonly DigestIssueExpectation[] = [
  {
    number: 1,
    featureIds: [
      'split-btf-in-kernel',
      'verifier-pointers-beyond-pkt-end',
      'task-local-storage',
      'sk-storage-in-tracing-programs',
      'xdp-redirect-bulk-return',
      'htab-large-keys',
      'bpftool-runqslower-cross-build',
      'libbpf-v0-2',
    ],
    code: { feature: 'task-local-storage', text: 'BPF_MAP_TYPE_TASK_STORAGE' },
    post: 'https://ebpf.io/blog/ebpf-updates-intro/',
  },
  {
    number: 3,
    featureIds: [
      'bpf-atomic-instructions',
      'module-ksym-variables',
      'stackmap-build-id-perf-mmap2',
      'sock-addr-getsockopt-sol-socket',
      'selftests-out-of-tree-cross-build',
    ],
    didYouKnow: { slug: 'bpffs', code: '/sys/fs/bpf' },
    code: { feature: 'bpf-atomic-instructions', text: 'BPF_ATOMIC' },
    post: 'https://ebpf.io/blog/ebpf-updates-2021-01/',
  },
  {
    number: 4,
    featureIds: [
      'bpf-vmtest-script',
      'global-func-ptr-args',
      'bpf-iter-task-vma',
      'sockopt-in-all-sock-addr-hooks',
      'fentry-fexit-recursion-prevention',
      'sleepable-progs-percpu-map-in-map',
      'ringbuf-sleepable-progs',
      'verifier-variable-offset-stack-access',
      'bpf-check-mtu',
      'get-socket-cookie-tracing',
      'af-xdp-cleanup-perf',
      'libbpf-xsk-default-prog-probe',
      'btf-zero-size-datasec',
      'veth-xdp-bulk-skb',
    ],
    didYouKnow: { slug: 'program-size-limit', code: 'BPF_MAXINSNS' },
    code: { feature: 'bpf-check-mtu', text: 'bpf_check_mtu()' },
    post: 'https://ebpf.io/blog/ebpf-updates-2021-02/',
  },
  {
    number: 5,
    featureIds: [
      'bpf-kfunc-calls',
      'xdp-redirect-map-op',
      'xdp-redirect-drop-path-devmap',
      'libbpf-xsk-bpf-link',
      'cpumap-netif-receive-skb-list',
      'bpf-for-each-map-elem',
      'bpf-snprintf',
      'btf-kind-float',
      'bpf-syscall-uapi-docs',
      'sk-lookup-test-run',
      'task-storage-in-tracing-programs',
      'sockmap-udp',
      'lpm-trie-batch-ops',
      'percpu-array-batch-ops',
      'trampoline-link-reattach',
      'libbpf-static-linker',
      'bpftool-gen-object',
    ],
    code: { feature: 'bpf-for-each-map-elem', text: 'bpf_for_each_map_elem()' },
    post: 'https://ebpf.io/blog/ebpf-updates-2021-05/',
  },
];

export const LATEST_ISSUE = 5;

/** Issue 1's records that landed in the kernel (5.11), beside issue 2's: what 5.10 → 5.11 brought. */
export const ISSUE_1_KERNEL_FEATURE_IDS = [
  'split-btf-in-kernel',
  'verifier-pointers-beyond-pkt-end',
  'task-local-storage',
  'sk-storage-in-tracing-programs',
  'xdp-redirect-bulk-return',
  'htab-large-keys',
] as const;

/** Records in the whole digest: issue 2's 14 and the others'. */
export const RECORD_COUNT = 14 + DIGEST_ISSUES.reduce((n, issue) => n + issue.featureIds.length, 0);
