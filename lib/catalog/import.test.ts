import { describe, expect, it } from 'vitest';
import { importCatalog, reportCatalog, type CatalogInputs } from './import';
import { bccFeaturesSchema, configGatesSchema, featureVersionsSchema, helpersFunctionsSchema, kfuncsSchema } from './source-schemas';
import type { CatalogEntry } from './types';

const H1 = '1111111111111111111111111111111111111111';
const H2 = '2222222222222222222222222222222222222222';
const H3 = '3333333333333333333333333333333333333333';
const url = (hash: string) => `https://github.com/torvalds/linux/commit/${hash}`;

/**
 * Small hand-written inputs, shaped like the real files and passed through the same schemas the
 * script uses (so '' for an empty YAML value is exercised too). Strings throughout, as the
 * script's failsafe YAML parse gives them.
 */
function inputs(patch: Partial<Record<'featureVersions' | 'helpersFunctions' | 'kfuncs' | 'bcc', unknown>> = {}): CatalogInputs {
  const featureVersions = patch.featureVersions ?? [
    {
      name: 'helpers',
      features: [
        { name: 'bpf_map_lookup_elem', version: 'v3.18', commit: H1 },
        { name: 'BPF_FUNC_ima_inode_hash', version: 'v5.11', commit: H2 },
        { name: 'bpf_csum_level', version: 'v5.8', commit: H3 },
        { name: 'bpf_skc_to_mptcp_sock', version: 'v5.19', commit: H1 },
      ],
    },
    { name: 'program_types', features: [{ name: 'BPF_PROG_TYPE_XDP', version: 'v4.8', commit: H1 }] },
    { name: 'map_types', features: [{ name: 'BPF_MAP_TYPE_RINGBUF', version: 'v5.8', commit: H2 }] },
    { name: 'attach_types', features: [{ name: 'BPF_CGROUP_INET4_BIND', version: 'v4.17', commit: H3 }] },
    { name: 'flags', features: [{ name: 'BPF_F_REPLACE', version: 'v5.6', commit: H1 }] },
    {
      name: 'kfuncs',
      features: [
        { name: 'bpf_task_acquire', version: 'v6.2', commit: H1 },
        { name: 'bpf_list_push_front', version: 'v6.10', commit: H2 },
        { name: 'bpf_list_push_front', version: 'v6.10', commit: H2 },
      ],
    },
  ];
  const helpersFunctions = patch.helpersFunctions ?? {
    groups: {
      base: [{ name: 'bpf_map_lookup_elem' }, { name: 'bpf_csum_level' }],
      tracing: [{ name: 'BPF_FUNC_ima_inode_hash' }, { group: 'base' }],
    },
    programs: {
      BPF_PROG_TYPE_XDP: [{ group: 'base' }, { exclude: 'bpf_csum_level' }],
      BPF_PROG_TYPE_LSM: [{ group: 'tracing' }, { name: 'bpf_ima_inode_hash', sleepable: 'true' }],
      BPF_PROG_TYPE_KPROBE: [{ group: 'tracing' }, { group: 'bpf_iter' }],
      BPF_PROG_TYPE_EXT: '',
    },
  };
  const kfuncs = patch.kfuncs ?? {
    sets: {
      generic: {
        funcs: [
          { name: 'bpf_task_acquire', flags: ['KF_RET_NULL', 'KF_ACQUIRE'] },
          {
            name: 'bpf_list_push_front',
            flags: ['KF_IMPLICIT_ARGS'],
            except: { program_types: [{ name: 'BPF_PROG_TYPE_KPROBE' }] },
          },
          { name: 'bpf_strnlen' },
        ],
        program_types: [{ name: 'BPF_PROG_TYPE_KPROBE' }, { name: 'BPF_PROG_TYPE_TRACING' }],
      },
      sched_cls: {
        funcs: [{ name: 'bpf_task_acquire', flags: ['KF_RCU'] }],
        program_types: [{ name: 'BPF_PROG_TYPE_SCHED_CLS', since: { version: '6.4', commit: H3 } }],
      },
    },
  };
  const bcc = patch.bcc ?? {
    source: { repo: 'iovisor/bcc', path: 'docs/kernel-versions.md', commit: H3, license: 'Apache-2.0' },
    helpers: [
      { name: 'bpf_map_lookup_elem', rawName: '`BPF_FUNC_map_lookup_elem()`', kernel: '3.19', commit: '222222222222', commitUrl: url(H2) },
      { name: 'bpf_ima_inode_hash', rawName: '`BPF_FUNC_ima_inode_hash()`', kernel: '5.11', commit: '222222222222', commitUrl: url(H2) },
      { name: 'bpf_csum_level', kernel: '5.7', commit: '333333333333', commitUrl: `${url(H3)}#diff-05da4bf3` },
      { name: 'bpf_skc_to_mctcp_sock', kernel: '5.19', commit: '111111111111', commitUrl: url(H1) },
      { name: 'bpf_only_in_bcc', kernel: '4.4', commit: '111111111111', commitUrl: url(H1) },
    ],
    programTypes: [{ name: 'XDP', enum: 'BPF_PROG_TYPE_XDP', kernel: '4.8', commit: '111111111111', commitUrl: url(H1) }],
    mapTypes: [],
    features: [
      { section: 'JIT compiling', name: 'x86_64', kernel: '3.16', commit: '222222222222', commitUrl: url(H2) },
      {
        section: 'Main features',
        name: 'Tracepoints to debug BPF',
        kernel: '4.11 (removed\u00a0in\u00a04.18)',
        commit: '111111111111',
        commitUrl: url(H1),
      },
      { section: 'XDP', name: 'Some\u00a0driver', kernel: 'soon', commit: null, commitUrl: null },
    ],
  };
  return {
    featureVersions: featureVersionsSchema.parse(featureVersions),
    helpersFunctions: helpersFunctionsSchema.parse(helpersFunctions),
    kfuncs: kfuncsSchema.parse(kfuncs),
    bcc: bccFeaturesSchema.parse(bcc),
    sources: [],
  };
}

function entry(entries: CatalogEntry[], kind: CatalogEntry['kind'], name: string): CatalogEntry {
  const found = entries.find((e) => e.kind === kind && e.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
}

describe('importCatalog', () => {
  const { catalog, warnings } = importCatalog(inputs());
  const { entries } = catalog;

  it('normalises names and takes only the catalog kinds', () => {
    expect(entry(entries, 'helper', 'bpf_ima_inode_hash').kernel).toBe('5.11');
    expect(entries.some((e) => e.name.startsWith('BPF_FUNC_'))).toBe(false);
    expect(entries.some((e) => e.name === 'BPF_F_REPLACE')).toBe(false);
    expect(entries.map((e) => e.kind)).toEqual([
      'helper',
      'helper',
      'helper',
      'helper',
      'helper',
      'program-type',
      'map-type',
      'attach-type',
      'kfunc',
      'kfunc',
    ]);
  });

  it('sorts by kind, then name', () => {
    expect(entries.filter((e) => e.kind === 'helper').map((e) => e.name)).toEqual([
      'bpf_csum_level',
      'bpf_ima_inode_hash',
      'bpf_map_lookup_elem',
      'bpf_only_in_bcc',
      'bpf_skc_to_mptcp_sock',
    ]);
  });

  it('prefers ebpf-docs, keeps both claims and flags a different major.minor', () => {
    const e = entry(entries, 'helper', 'bpf_map_lookup_elem');
    expect(e.kernel).toBe('3.18');
    expect(e.commit).toBe(H1);
    expect(e.commitUrl).toBe(url(H1));
    expect(e.sources).toEqual([
      { source: 'ebpf-docs', kernel: '3.18', commit: H1 },
      { source: 'bcc', kernel: '3.19', commit: H2 },
    ]);
    expect(e.disagreement).toBe('kernel: ebpf-docs 3.18, bcc 3.19');
  });

  it('does not flag agreeing sources, and takes the full hash out of bcc links (anchor dropped)', () => {
    const e = entry(entries, 'helper', 'bpf_ima_inode_hash');
    expect(e.disagreement).toBeNull();
    expect(e.sources[1]).toEqual({ source: 'bcc', kernel: '5.11', commit: H2 });
    expect(entry(entries, 'helper', 'bpf_csum_level').sources[1].commit).toBe(H3);
  });

  it('compares versions as numbers: 4.10 is not 4.1', () => {
    const { catalog: c } = importCatalog(
      inputs({
        featureVersions: [{ name: 'helpers', features: [{ name: 'bpf_x', version: 'v4.10', commit: H1 }] }],
        bcc: { ...inputs().bcc, helpers: [{ name: 'bpf_x', kernel: '4.1', commit: null }], features: [] },
      }),
    );
    expect(c.entries[0].disagreement).toBe('kernel: ebpf-docs 4.10, bcc 4.1');
  });

  it('keeps an entry only one source has, without calling it a disagreement', () => {
    const bccOnly = entry(entries, 'helper', 'bpf_only_in_bcc');
    expect(bccOnly).toMatchObject({ kernel: '4.4', commit: H1, disagreement: null });
    expect(bccOnly.sources).toEqual([{ source: 'bcc', kernel: '4.4', commit: H1 }]);
    expect(entry(entries, 'attach-type', 'BPF_CGROUP_INET4_BIND').sources).toHaveLength(1);
    const report = reportCatalog(catalog);
    // Attach types and kfuncs are ebpf-docs' alone, so they are not "missing" from bcc.
    expect(report.oneSource).toEqual(['helper bpf_only_in_bcc: only in bcc', 'map-type BPF_MAP_TYPE_RINGBUF: only in ebpf-docs']);
    expect(report.disagreements).toEqual([
      'bpf_csum_level: kernel: ebpf-docs 5.8, bcc 5.7',
      'bpf_map_lookup_elem: kernel: ebpf-docs 3.18, bcc 3.19',
    ]);
    expect(report.summary).toBe(
      'catalog: 5 helpers, 1 program types, 1 map types, 1 attach types, 2 kfuncs, 2 kernel features; ' +
        '2 version disagreements; 2 entries in only one source',
    );
  });

  it('merges a known bcc typo into the real name, keeping its spelling in the claim', () => {
    const e = entry(entries, 'helper', 'bpf_skc_to_mptcp_sock');
    expect(e.sources[1]).toEqual({ source: 'bcc', kernel: '5.19', commit: H1, name: 'bpf_skc_to_mctcp_sock' });
    expect(entries.some((x) => x.name === 'bpf_skc_to_mctcp_sock')).toBe(false);
  });

  it('expands helper groups into program types, nested groups and exclusions included', () => {
    expect(entry(entries, 'helper', 'bpf_map_lookup_elem').programTypes).toEqual([
      'BPF_PROG_TYPE_KPROBE',
      'BPF_PROG_TYPE_LSM',
      'BPF_PROG_TYPE_XDP',
    ]);
    // Excluded from XDP, still reached through tracing → base.
    expect(entry(entries, 'helper', 'bpf_csum_level').programTypes).toEqual(['BPF_PROG_TYPE_KPROBE', 'BPF_PROG_TYPE_LSM']);
    expect(entry(entries, 'helper', 'bpf_ima_inode_hash').programTypes).toEqual(['BPF_PROG_TYPE_KPROBE', 'BPF_PROG_TYPE_LSM']);
    expect(entry(entries, 'helper', 'bpf_only_in_bcc').programTypes).toEqual([]);
    expect(warnings).toContain('helpers-functions: group "bpf_iter" (used by BPF_PROG_TYPE_KPROBE) is not defined; ignored');
  });

  it('survives a group that includes itself', () => {
    const { catalog: c, warnings: w } = importCatalog(
      inputs({
        helpersFunctions: {
          groups: { a: [{ name: 'bpf_map_lookup_elem' }, { group: 'b' }], b: [{ group: 'a' }] },
          programs: { XDP: [{ group: 'a' }] },
        },
      }),
    );
    expect(entry(c.entries, 'helper', 'bpf_map_lookup_elem').programTypes).toEqual(['BPF_PROG_TYPE_XDP']);
    expect(w.some((x) => x.includes('includes itself'))).toBe(true);
  });

  it('gives kfuncs their program types (less the excepted ones) and sorted flags, across sets', () => {
    expect(entry(entries, 'kfunc', 'bpf_task_acquire')).toMatchObject({
      kernel: '6.2',
      programTypes: ['BPF_PROG_TYPE_KPROBE', 'BPF_PROG_TYPE_SCHED_CLS', 'BPF_PROG_TYPE_TRACING'],
      flags: ['KF_ACQUIRE', 'KF_RCU', 'KF_RET_NULL'],
      btf: { func: 'bpf_task_acquire' },
      docsUrl: 'https://docs.ebpf.io/linux/kfuncs/bpf_task_acquire/',
    });
    expect(entry(entries, 'kfunc', 'bpf_list_push_front')).toMatchObject({
      kernel: '6.10',
      programTypes: ['BPF_PROG_TYPE_TRACING'],
      flags: ['KF_IMPLICIT_ARGS'],
    });
    expect(entry(entries, 'helper', 'bpf_map_lookup_elem').flags).toBeUndefined();
  });

  it('reports what it could not place', () => {
    expect(warnings).toContain('ebpf-docs: kfunc bpf_list_push_front is listed twice');
    expect(warnings).toContain('kfuncs: bpf_strnlen has no version in feature-versions.yaml; not in the catalog');
    expect(warnings).toContain('bcc: feature "XDP / Some driver": no usable version ("soon"); ignored');
  });

  it('drops a claim with an odd version and falls back to the other source', () => {
    const { catalog: c, warnings: w } = importCatalog(
      inputs({
        featureVersions: [{ name: 'helpers', features: [{ name: 'bpf_ima_inode_hash', version: 'next', commit: H1 }] }],
      }),
    );
    const e = entry(c.entries, 'helper', 'bpf_ima_inode_hash');
    expect(e.kernel).toBe('5.11');
    expect(e.sources.map((s) => s.source)).toEqual(['bcc']);
    expect(w).toContain('ebpf-docs: helper bpf_ima_inode_hash: no usable version ("next"); ignored');
  });

  it('gives each kind its BTF evidence and docs page', () => {
    expect(entry(entries, 'helper', 'bpf_ima_inode_hash')).toMatchObject({
      btf: { enum: 'bpf_func_id', member: 'BPF_FUNC_ima_inode_hash' },
      docsUrl: 'https://docs.ebpf.io/linux/helper-function/bpf_ima_inode_hash/',
    });
    expect(entry(entries, 'program-type', 'BPF_PROG_TYPE_XDP')).toMatchObject({
      btf: { enum: 'bpf_prog_type', member: 'BPF_PROG_TYPE_XDP' },
      docsUrl: 'https://docs.ebpf.io/linux/program-type/BPF_PROG_TYPE_XDP/',
    });
    expect(entry(entries, 'map-type', 'BPF_MAP_TYPE_RINGBUF')).toMatchObject({
      btf: { enum: 'bpf_map_type', member: 'BPF_MAP_TYPE_RINGBUF' },
      docsUrl: 'https://docs.ebpf.io/linux/map-type/BPF_MAP_TYPE_RINGBUF/',
    });
    expect(entry(entries, 'attach-type', 'BPF_CGROUP_INET4_BIND')).toMatchObject({
      btf: { enum: 'bpf_attach_type', member: 'BPF_CGROUP_INET4_BIND' },
      docsUrl: 'https://docs.ebpf.io/linux/syscall/BPF_PROG_ATTACH/',
    });
  });

  it('keeps bcc feature rows as kernel features, with the version note', () => {
    expect(catalog.kernelFeatures).toEqual([
      { section: 'JIT compiling', name: 'x86_64', kernel: '3.16', commit: H2, commitUrl: url(H2) },
      {
        section: 'Main features',
        name: 'Tracepoints to debug BPF',
        kernel: '4.11',
        commit: H1,
        commitUrl: url(H1),
        note: 'removed in 4.18',
      },
    ]);
  });

  it('gives the same output whatever the input order', () => {
    const shuffled = inputs();
    shuffled.featureVersions = [...shuffled.featureVersions].reverse().map((g) => ({ ...g, features: [...g.features].reverse() }));
    shuffled.bcc = { ...shuffled.bcc, helpers: [...shuffled.bcc.helpers].reverse(), features: [...shuffled.bcc.features].reverse() };
    expect(JSON.stringify(importCatalog(shuffled).catalog)).toBe(JSON.stringify(catalog));
  });
});

describe('importCatalog: config gates (data/config-gates.yaml)', () => {
  const withGates = (gates: unknown) => importCatalog({ ...inputs(), configGates: configGatesSchema.parse(gates) });

  it('copies each type’s gate into its entry and records the source', () => {
    const { catalog, warnings } = withGates({
      source: 'include/linux/bpf_types.h',
      'program-types': { XDP: [{ options: ['CONFIG_NET'] }] },
      'map-types': {
        BPF_MAP_TYPE_RINGBUF: [
          { options: ['CONFIG_A'], before: '5.15' },
          { options: ['CONFIG_B'], since: '5.15' },
        ],
      },
    });
    expect(warnings.filter((w) => w.startsWith('config-gates'))).toEqual([]);
    expect(catalog.configGateSource).toBe('include/linux/bpf_types.h');
    expect(entry(catalog.entries, 'program-type', 'BPF_PROG_TYPE_XDP').configGate).toEqual([{ options: ['CONFIG_NET'] }]);
    expect(entry(catalog.entries, 'map-type', 'BPF_MAP_TYPE_RINGBUF').configGate).toEqual([
      { options: ['CONFIG_A'], before: '5.15' },
      { options: ['CONFIG_B'], since: '5.15' },
    ]);
    expect(entry(catalog.entries, 'helper', 'bpf_map_lookup_elem').configGate).toBeUndefined();
  });

  it('warns about names the catalog lacks, inverted bounds and overlapping variants', () => {
    const { catalog, warnings } = withGates({
      source: 's',
      'program-types': {
        BPF_PROG_TYPE_NOPE: [{ options: ['CONFIG_X'] }],
        BPF_PROG_TYPE_XDP: [
          { options: ['CONFIG_A'], since: '5.0' },
          { options: ['CONFIG_B'], since: '5.10' },
        ],
      },
      'map-types': { BPF_MAP_TYPE_RINGBUF: [{ options: ['CONFIG_A'], since: '6.0', before: '5.0' }] },
    });
    expect(warnings).toContain('config-gates: BPF_PROG_TYPE_NOPE is not in the catalog; its gate is unused');
    expect(warnings).toContain('config-gates: BPF_PROG_TYPE_XDP: variants overlap in kernel versions; ignored');
    expect(warnings).toContain('config-gates: BPF_MAP_TYPE_RINGBUF: since 6.0 is not before 5.0; variant ignored');
    expect(entry(catalog.entries, 'program-type', 'BPF_PROG_TYPE_XDP').configGate).toBeUndefined();
  });

  it('rejects a malformed table with the schema (an option that is not CONFIG_*, an unquoted version)', () => {
    expect(() => configGatesSchema.parse({ source: 's', 'program-types': { X: [{ options: ['NET'] }] }, 'map-types': {} })).toThrow(
      /CONFIG_/,
    );
    expect(() =>
      configGatesSchema.parse({ source: 's', 'program-types': { X: [{ options: ['CONFIG_NET'], since: 5.1 }] }, 'map-types': {} }),
    ).toThrow();
  });
});
