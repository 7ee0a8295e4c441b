import { describe, expect, it } from 'vitest';
import {
  assembleFleet,
  FLEET_QUERIES,
  itemQuery,
  parseFleetGroup,
  parseFleetItem,
  parseVectorAnswer,
  promqlString,
  type FleetAnswers,
  type VectorSample,
} from './fleet';

const T = 1795773600;
const sample = (metric: Record<string, string>, value: string | number, at = T): VectorSample => ({ metric, value: [at, String(value)] });
const host = (instance: string, kernel: string, distro: string, job = 'site') =>
  sample({ __name__: 'ebpf_digest_host_info', job, instance, kernel, distro, arch: 'x86_64', btf: 'true' }, 1);
const count = (kind: string, id: string, verdict: string, n: number) => sample({ kind, id, verdict }, n);

const answers: FleetAnswers = {
  hosts: [
    host('b:9100', '6.1.0-27-amd64', 'Debian GNU/Linux 12 (bookworm)', 'node'),
    host('a:3000', '4.19.0-27-amd64', 'Debian GNU/Linux 10 (buster)'),
    host('c:3000', '6.10.3', 'Fedora Linux 40'),
    host('d:3000', '6.1.0-27-amd64', 'Debian GNU/Linux 12 (bookworm)'),
  ],
  lastSeen: [sample({ job: 'site', instance: 'a:3000', kernel: '4.19.0-27-amd64' }, T - 5)],
  factsAt: [sample({ __name__: 'x', job: 'node', instance: 'b:9100' }, `${T - 3600}.5`)],
  verdicts: [
    count('feature', 'task-local-storage', '1', 3),
    count('helper', 'bpf_ima_inode_hash', '1', 1),
    count('feature', 'from-elsewhere', '1', 1),
    count('feature', 'task-local-storage', '0', 1),
    count('map-type', 'BPF_MAP_TYPE_RINGBUF', '0', 1),
    count('nonsense', 'x', '0', 4),
    count('feature', 'bpf-ima-inode-hash', '-1', 2),
    count('feature', 'bpf-ima-inode-hash', '7', 1),
  ],
};
const order = [
  { kind: 'feature' as const, id: 'bpf-ima-inode-hash' },
  { kind: 'feature' as const, id: 'task-local-storage' },
  { kind: 'helper' as const, id: 'bpf_ima_inode_hash' },
  { kind: 'map-type' as const, id: 'BPF_MAP_TYPE_RINGBUF' },
];

describe('query parameters', () => {
  it('item: KIND:ID with a known kind and an id by pattern; empty is none', () => {
    expect(parseFleetItem('helper:bpf_ima_inode_hash')).toEqual({ ok: true, value: { kind: 'helper', id: 'bpf_ima_inode_hash' } });
    expect(parseFleetItem('feature:bpf-ima-inode-hash')).toEqual({ ok: true, value: { kind: 'feature', id: 'bpf-ima-inode-hash' } });
    expect(parseFleetItem(' ')).toEqual({ ok: true, value: null });
    for (const bad of [
      'bpf_ima_inode_hash',
      'helpers:x',
      'helper:',
      'helper:a"}) or vector(1',
      'helper:a b',
      `helper:${'x'.repeat(200)}`,
    ]) {
      const parsed = parseFleetItem(bad);
      expect(parsed.ok, bad).toBe(false);
      expect(parsed.ok ? '' : parsed.message).toMatch(/^item: expected KIND:ID with KIND one of feature, helper/);
    }
  });

  it('group: kernel or distro', () => {
    expect(parseFleetGroup('kernel')).toEqual({ ok: true, value: 'kernel' });
    expect(parseFleetGroup(undefined)).toEqual({ ok: true, value: null });
    expect(parseFleetGroup('arch')).toEqual({ ok: false, message: 'group: expected kernel or distro, not "arch"' });
  });

  it('PromQL from checked names only, strings escaped', () => {
    expect(itemQuery({ kind: 'helper', id: 'bpf_ima_inode_hash' })).toBe('ebpf_digest_feature{kind="helper",id="bpf_ima_inode_hash"}');
    expect(() => itemQuery({ kind: 'helper', id: 'x"} or vector(1) #' })).toThrow(/unchecked/);
    expect(promqlString('a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"');
    expect(FLEET_QUERIES.verdicts).toBe('count_values by (kind, id) ("verdict", ebpf_digest_feature)');
    expect(FLEET_QUERIES.recorded).toBe('kind_id:ebpf_digest_feature:count_values');
  });
});

describe('parseVectorAnswer', () => {
  it('an instant vector, or why not', () => {
    const ok = { status: 'success', data: { resultType: 'vector', result: [{ metric: { a: 'b' }, value: [1, '2'] }] } };
    expect(parseVectorAnswer(ok)).toEqual({ ok: true, value: [{ metric: { a: 'b' }, value: [1, '2'] }] });
    expect(parseVectorAnswer({ ...ok, data: { resultType: 'matrix', result: [] } })).toMatchObject({
      ok: false,
      message: expect.stringContaining('data.resultType'),
    });
    expect(parseVectorAnswer('<html>')).toMatchObject({ ok: false });
  });
});

describe('assembleFleet', () => {
  it('hosts once each, sorted, with when they were seen and read', () => {
    const { hosts } = assembleFleet({ ...answers, hosts: [...answers.hosts, answers.hosts[0]!] }, { order });
    expect(hosts.map((h) => h.instance)).toEqual(['a:3000', 'b:9100', 'c:3000', 'd:3000']);
    expect(hosts[0]).toEqual({
      job: 'site',
      instance: 'a:3000',
      kernel: '4.19.0-27-amd64',
      distro: 'Debian GNU/Linux 10 (buster)',
      arch: 'x86_64',
      btf: 'true',
      lastSeen: new Date((T - 5) * 1000).toISOString(),
      factsAt: null,
    });
    expect(hosts[1]!.factsAt).toBe(new Date((T - 3600) * 1000 + 500).toISOString());
  });

  it('counts per item in the site’s order, others after; hosts without a series are unreported; unknown kinds and values dropped', () => {
    const { items } = assembleFleet(answers, { order });
    expect(items).toEqual([
      { kind: 'feature', id: 'bpf-ima-inode-hash', supported: 0, unsupported: 0, unknown: 2, unreported: 2 },
      { kind: 'feature', id: 'task-local-storage', supported: 3, unsupported: 1, unknown: 0, unreported: 0 },
      { kind: 'helper', id: 'bpf_ima_inode_hash', supported: 1, unsupported: 0, unknown: 0, unreported: 3 },
      { kind: 'map-type', id: 'BPF_MAP_TYPE_RINGBUF', supported: 0, unsupported: 1, unknown: 0, unreported: 3 },
      { kind: 'feature', id: 'from-elsewhere', supported: 1, unsupported: 0, unknown: 0, unreported: 3 },
    ]);
  });

  it('one item: each host’s verdict; grouped by kernel in version order, with the item per group', () => {
    const item = { kind: 'feature' as const, id: 'task-local-storage' };
    const series = (instance: string, job: string, value: number) => sample({ job, instance, kind: item.kind, id: item.id }, value);
    const report = assembleFleet(
      { ...answers, item: [series('a:3000', 'site', 0), series('b:9100', 'node', 1), series('c:3000', 'site', -1)] },
      { order, item, groupBy: 'kernel' },
    );
    expect(report.item).toMatchObject({ ...item, supported: 1, unsupported: 1, unknown: 1, unreported: 1 });
    expect(report.item!.hosts).toEqual([
      { job: 'site', instance: 'a:3000', verdict: 'unsupported' },
      { job: 'node', instance: 'b:9100', verdict: 'supported' },
      { job: 'site', instance: 'c:3000', verdict: 'unknown' },
      { job: 'site', instance: 'd:3000', verdict: 'unreported' },
    ]);
    expect(report.groups).toEqual({
      by: 'kernel',
      groups: [
        { value: '4.19.0-27-amd64', hosts: 1, item: { supported: 0, unsupported: 1, unknown: 0, unreported: 0 } },
        { value: '6.1.0-27-amd64', hosts: 2, item: { supported: 1, unsupported: 0, unknown: 0, unreported: 1 } },
        { value: '6.10.3', hosts: 1, item: { supported: 0, unsupported: 0, unknown: 1, unreported: 0 } },
      ],
    });
  });

  it('grouped by distro without an item: host counts only', () => {
    const { groups } = assembleFleet(answers, { order, groupBy: 'distro' });
    expect(groups!.groups).toEqual([
      { value: 'Debian GNU/Linux 10 (buster)', hosts: 1 },
      { value: 'Debian GNU/Linux 12 (bookworm)', hosts: 2 },
      { value: 'Fedora Linux 40', hosts: 1 },
    ]);
  });

  it('an empty Prometheus: no hosts, no items', () => {
    const empty = { hosts: [], lastSeen: [], factsAt: [], verdicts: [] };
    expect(assembleFleet(empty, { order })).toEqual({ hosts: [], items: [] });
  });
});
