import { describe, expect, it } from 'vitest';
import { countVerdicts, type HostVerdicts } from './host-verdicts';
import type { ItemKind, Verdict } from './types';
import { buildHostComparison, visibleRows } from './comparison';

function verdicts(kernel: string, items: [ItemKind, string, Verdict][]): HostVerdicts {
  const features = items.map(([kind, id, verdict]) => ({ kind, id, verdict, evidence: [] }));
  return {
    supported: true,
    version: 1,
    host: {
      kernel,
      distro: null,
      arch: 'x86_64',
      btf: true,
      btfModules: null,
      kernelConfig: null,
      bpfLsmActive: null,
      lockdown: null,
      unprivilegedBpfDisabled: null,
      jit: null,
      capabilities: null,
    },
    checks: [],
    features,
    coverage: countVerdicts(features),
    collectedAt: '2026-01-01T00:00:00.000Z',
    generatedAt: '2026-01-01T00:00:01.000Z',
  };
}

const a = verdicts('6.8.0', [
  ['feature', 'ima', 'supported'],
  ['feature', 'busy-poll', 'unknown'],
  ['helper', 'bpf_a', 'supported'],
  ['helper', 'bpf_b', 'supported'],
  ['kfunc', 'bpf_k', 'supported'],
]);
const b = verdicts('4.19.0', [
  ['feature', 'ima', 'unsupported'],
  ['feature', 'busy-poll', 'unknown'],
  ['helper', 'bpf_a', 'supported'],
  ['helper', 'bpf_b', 'unsupported'],
  ['kfunc', 'bpf_k', 'unknown'],
]);

describe('buildHostComparison', () => {
  const c = buildHostComparison(
    [
      { name: 'new', verdicts: a },
      { name: 'old', verdicts: b },
    ],
    new Map([['ima', 'IMA hash']]),
  );

  it('has one column per host and groups rows by kind, features first, empty kinds left out', () => {
    expect(c.hosts.map((h) => [h.name, h.kernel])).toEqual([
      ['new', '6.8.0'],
      ['old', '4.19.0'],
    ]);
    expect(c.groups.map((g) => g.kind)).toEqual(['feature', 'helper', 'kfunc']);
    expect(c.groups[0]!.rows[0]).toEqual({
      kind: 'feature',
      id: 'ima',
      title: 'IMA hash',
      verdicts: ['supported', 'unsupported'],
      differs: true,
    });
    expect(c.groups[0]!.rows[1]).toMatchObject({ id: 'busy-poll', title: null, differs: false });
    expect(c.groups[1]!.rows[0]!.title).toBeNull();
  });

  it('counts differences and, per host, what each group supports', () => {
    expect(c.total).toBe(5);
    expect(c.differing).toBe(3);
    expect(c.groups.map((g) => g.differing)).toEqual([1, 1, 1]);
    expect(c.groups[1]!.supported).toEqual([2, 1]);
  });

  it('filters to the rows that differ', () => {
    expect(visibleRows(c.groups[0]!, true).map((r) => r.id)).toEqual(['ima']);
    expect(visibleRows(c.groups[0]!, false)).toHaveLength(2);
  });

  it('an item missing from one host’s verdicts is unknown there, and differs', () => {
    const partial = verdicts('5.4.0', [['feature', 'ima', 'supported']]);
    const d = buildHostComparison([
      { name: 'a', verdicts: partial },
      { name: 'b', verdicts: a },
    ]);
    expect(d.groups.find((g) => g.kind === 'helper')!.rows[0]).toMatchObject({ verdicts: ['unknown', 'supported'], differs: true });
    expect(d.groups[0]!.rows.find((r) => r.id === 'ima')!.differs).toBe(false);
  });

  it('one host: nothing differs', () => {
    expect(buildHostComparison([{ name: 'only', verdicts: b }]).differing).toBe(0);
  });
});
