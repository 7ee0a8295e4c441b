import { describe, expect, it } from 'vitest';
import { checkVersionOrder } from './version-order';
import type { CatalogEntry, CatalogSourceClaim } from './types';

function helper(name: string, ...claims: [CatalogSourceClaim['source'], string][]): CatalogEntry {
  const sources = claims.map(([source, kernel]) => ({ source, kernel, commit: `${source}-${name}` }));
  return {
    kind: 'helper',
    name,
    kernel: sources[0]!.kernel,
    commit: sources[0]!.commit,
    commitUrl: null,
    sources,
    disagreement: null,
    btf: { enum: 'bpf_func_id', member: `BPF_FUNC_${name}` },
    programTypes: [],
    docsUrl: '',
  };
}

const ids = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 };

describe('checkVersionOrder', () => {
  it('puts back the out-of-order claim when the other source fits (bpf_get_prandom_u32: ebpf-docs 4.17, bcc 4.1, id 7)', () => {
    const entries = [
      helper('a', ['ebpf-docs', '4.1']),
      helper('b', ['ebpf-docs', '4.1']),
      helper('c', ['ebpf-docs', '4.17'], ['bcc', '4.1']),
      helper('d', ['ebpf-docs', '4.1']),
      helper('e', ['ebpf-docs', '4.2']),
    ];
    const { settled, warnings } = checkVersionOrder(entries, ids);
    expect(warnings).toEqual([]);
    expect(settled.get('c')).toEqual({
      claim: { source: 'bcc', kernel: '4.1', commit: 'bcc-c' },
      settlement: {
        kept: 'bcc',
        rule: 'order',
        id: 3,
        previous: { name: 'b', id: 2, kernel: '4.1' },
        next: { name: 'd', id: 4, kernel: '4.1' },
      },
    });
    expect([...settled.keys()]).toEqual(['c']);
  });

  it('settles a disagreement by the order when only one claim fits, by precedence when both do', () => {
    const entries = [
      helper('a', ['ebpf-docs', '3.18'], ['bcc', '3.19']),
      helper('b', ['ebpf-docs', '3.18'], ['bcc', '3.19']),
      helper('c', ['ebpf-docs', '3.19']),
    ];
    const { settled } = checkVersionOrder(entries, ids);
    expect(settled.get('a')!.settlement).toMatchObject({ kept: 'ebpf-docs', rule: 'order', next: { name: 'b', kernel: '3.18' } });
    expect(settled.get('a')!.settlement.previous).toBeUndefined();
    expect(settled.get('b')!.settlement).toMatchObject({ kept: 'ebpf-docs', rule: 'precedence' });
  });

  it('flags a date no source puts in order, and leaves it', () => {
    const entries = [
      helper('a', ['ebpf-docs', '4.1']),
      helper('b', ['ebpf-docs', '5.9']),
      helper('c', ['ebpf-docs', '4.2']),
      helper('d', ['ebpf-docs', '4.3']),
    ];
    const { settled, warnings } = checkVersionOrder(entries, ids);
    expect(settled.size).toBe(0);
    expect(warnings).toEqual([
      'version order: helper b (id 2): ebpf-docs 5.9 — none fits between a (id 1, 4.1) and c (id 3, 4.2); kept 5.9',
    ]);
  });

  it('checks the program, map and attach type enums the same way, one kind at a time', () => {
    const type = (name: string, ...claims: [CatalogSourceClaim['source'], string][]) => ({
      ...helper(name, ...claims),
      kind: 'program-type' as const,
    });
    const entries = [type('a', ['ebpf-docs', '4.8']), type('b', ['ebpf-docs', '5.14'], ['bcc', '5.15']), type('c', ['ebpf-docs', '6.4'])];
    const { settled } = checkVersionOrder(entries, ids, 'program-type');
    expect(settled.get('b')!.settlement).toMatchObject({ kept: 'ebpf-docs', rule: 'precedence', id: 2 });
    expect(checkVersionOrder(entries, ids).settled.size).toBe(0); // helpers only by default
  });

  it('ignores helpers without an id and entries of other kinds', () => {
    const other = { ...helper('x', ['ebpf-docs', '9.9'], ['bcc', '1.0']), kind: 'map-type' as const };
    expect(checkVersionOrder([helper('zz', ['ebpf-docs', '9.9'], ['bcc', '1.0']), other], ids).settled.size).toBe(0);
  });
});
