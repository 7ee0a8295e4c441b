import { describe, expect, it } from 'vitest';
import { btfEvidence, docsUrl } from './names';
import { createCatalogIndex } from './lookup';
import type { Catalog, CatalogEntry, CatalogKind } from './types';

function make(kind: CatalogKind, name: string, kernel: string): CatalogEntry {
  return {
    kind,
    name,
    kernel,
    commit: null,
    commitUrl: null,
    sources: [{ source: 'ebpf-docs', kernel, commit: null }],
    disagreement: null,
    btf: btfEvidence(kind, name),
    programTypes: [],
    docsUrl: docsUrl(kind, name),
  };
}

// Deliberately out of order: the index must not rely on the file being sorted.
const catalog: Catalog = {
  sources: [],
  entries: [
    make('kfunc', 'bpf_task_acquire', '6.2'),
    make('helper', 'bpf_ima_inode_hash', '5.11'),
    make('helper', 'bpf_bprm_opts_set', '5.11'),
    make('program-type', 'BPF_PROG_TYPE_XDP', '4.8'),
    make('map-type', 'BPF_MAP_TYPE_RINGBUF', '5.8'),
    make('kfunc', 'cgroup_rstat_flush', '6.10'),
    make('helper', 'bpf_csum_level', '5.8'),
  ],
};
const index = createCatalogIndex(catalog);

describe('byName', () => {
  it.each([
    'bpf_ima_inode_hash',
    'BPF_FUNC_ima_inode_hash',
    'ima_inode_hash',
    'bpf_ima_inode_hash()',
    'BPF_FUNC_ima_inode_hash()',
    'ima_inode_hash()',
  ])('finds the helper as %s', (q) => {
    expect(index.byName(q)?.name).toBe('bpf_ima_inode_hash');
  });

  it('finds enum names and kfuncs exactly', () => {
    expect(index.byName('BPF_PROG_TYPE_XDP')?.kind).toBe('program-type');
    expect(index.byName('BPF_MAP_TYPE_RINGBUF')?.kind).toBe('map-type');
    expect(index.byName('bpf_task_acquire')?.kind).toBe('kfunc');
    expect(index.byName('cgroup_rstat_flush')?.kind).toBe('kfunc');
  });

  it('is case-sensitive and does not stretch the helper forms to other kinds', () => {
    expect(index.byName('BPF_IMA_INODE_HASH')).toBeUndefined();
    expect(index.byName('bpf_prog_type_xdp')).toBeUndefined();
    expect(index.byName('XDP')).toBeUndefined();
    expect(index.byName('task_acquire')).toBeUndefined(); // a kfunc, not a helper
    expect(index.byName('bpf_task_acquire()')).toBeUndefined();
    expect(index.byName('')).toBeUndefined();
    expect(index.byName('BPF_FUNC_')).toBeUndefined();
  });
});

describe('byKind', () => {
  it('lists a kind in name order', () => {
    expect(index.byKind('helper').map((e) => e.name)).toEqual(['bpf_bprm_opts_set', 'bpf_csum_level', 'bpf_ima_inode_hash']);
    expect(index.byKind('attach-type')).toEqual([]);
  });

  it('hands out copies', () => {
    index.byKind('helper').pop();
    expect(index.byKind('helper')).toHaveLength(3);
  });
});

describe('introducedIn', () => {
  it('groups by major.minor', () => {
    expect(index.introducedIn('5.11').map((e) => e.name)).toEqual(['bpf_bprm_opts_set', 'bpf_ima_inode_hash']);
    expect(index.introducedIn('v5.8').map((e) => e.name)).toEqual(['BPF_MAP_TYPE_RINGBUF', 'bpf_csum_level']);
    expect(index.introducedIn('5.11.0-rc1').map((e) => e.name)).toEqual(['bpf_bprm_opts_set', 'bpf_ima_inode_hash']);
  });

  it('tells 6.10 from 6.1', () => {
    expect(index.introducedIn('6.10').map((e) => e.name)).toEqual(['cgroup_rstat_flush']);
    expect(index.introducedIn('6.1')).toEqual([]);
  });

  it('returns nothing for a non-version', () => {
    expect(index.introducedIn('next')).toEqual([]);
  });
});
