import { describe, expect, it } from 'vitest';
import { searchHitPath } from './hit-path';

describe('searchHitPath', () => {
  it.each([
    ['feature', 'bpf-ima-inode-hash', '/en/features/bpf-ima-inode-hash'],
    ['helper', 'bpf_ima_inode_hash', '/en/helpers/bpf_ima_inode_hash'],
    ['map-type', 'BPF_MAP_TYPE_RINGBUF', '/en/map-types/BPF_MAP_TYPE_RINGBUF'],
    ['kfunc', 'bpf_task_acquire', '/en/kfuncs/bpf_task_acquire'],
    ['explainer', 'co-re', '/en/explainers/co-re'],
    ['issue', '2', '/en/issues/2'],
  ] as const)('%s %s → %s', (kind, id, path) => {
    expect(searchHitPath('en', { kind, id })).toBe(path);
  });

  it('is in the language asked for', () => {
    expect(searchHitPath('zh', { kind: 'program-type', id: 'BPF_PROG_TYPE_LSM' })).toBe('/zh/program-types/BPF_PROG_TYPE_LSM');
  });
});
