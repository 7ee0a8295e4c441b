/** One page of each type, for checks that run across the site. */
export const PAGE_TYPES = [
  { name: 'timeline', path: '' },
  { name: 'issues', path: '/issues' },
  { name: 'issue', path: '/issues/2' },
  { name: 'feature', path: '/features/bpf-ima-inode-hash' },
  { name: 'helper', path: '/helpers/bpf_ima_inode_hash' },
  { name: 'helpers', path: '/helpers' },
  { name: 'program-type', path: '/program-types/BPF_PROG_TYPE_LSM' },
  { name: 'map-type', path: '/map-types/BPF_MAP_TYPE_RINGBUF' },
  { name: 'kfunc', path: '/kfuncs/bpf_task_acquire' },
  { name: 'explainer', path: '/explainers/co-re' },
  { name: 'explainers', path: '/explainers' },
  { name: 'credits', path: '/credits' },
  { name: 'search', path: '/search?q=ima' },
  { name: 'probe', path: '/probe' },
  { name: 'probe-program-type', path: '/probe/program-types?type=BPF_PROG_TYPE_XDP' },
  { name: 'fleet', path: '/fleet' },
  { name: 'compare', path: '/compare?from=5.10&to=5.11' },
] as const;

export const LANGS = ['zh', 'en'] as const;
