import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from './catalog/types';
import type { FeatureRecord } from './features/types';
import { buildTimeline, filterTimeline, NO_FILTER, parseTimelineQuery } from './timeline';

const record = (id: string, kernel: string | null, categories: FeatureRecord['categories']): FeatureRecord => ({
  id,
  issue: 2,
  order: 0,
  landing: kernel ? { component: 'linux', version: kernel } : { component: 'libbpf', version: '0.3' },
  kernel,
  categories,
  helpers: [],
  apis: [],
  explainers: [],
  detect: [],
  text: { en: { title: id, body: '' } },
});
const entry = (kind: CatalogEntry['kind'], name: string, kernel: string): CatalogEntry => ({
  kind,
  name,
  kernel,
  commit: null,
  commitUrl: null,
  sources: [],
  disagreement: null,
  btf: { func: name },
  programTypes: [],
  docsUrl: '',
});

const timeline = buildTimeline(
  [record('ima', '5.11', ['security']), record('ktime', '5.11', ['tracing']), record('libbpf', null, ['libbpf'])],
  [
    entry('helper', 'bpf_ima_inode_hash', '5.11'),
    entry('map-type', 'BPF_MAP_TYPE_RINGBUF', '5.8'),
    entry('helper', 'bpf_map_lookup_elem', '3.19'),
    entry('kfunc', 'bpf_x', '6.10'),
    entry('kfunc', 'bpf_y', '6.9'),
  ],
  { '5.11': '2021-02-14' },
);

describe('buildTimeline', () => {
  it('lists versions newest first, 6.10 above 6.9', () => {
    expect(timeline.map((v) => v.version)).toEqual(['6.10', '6.9', '5.11', '5.8', '3.19']);
  });
  it('puts kernel records and catalog entries under their version; userspace records stay out', () => {
    const v511 = timeline.find((v) => v.version === '5.11')!;
    expect(v511.releaseDate).toBe('2021-02-14');
    expect(v511.records.map((r) => r.id)).toEqual(['ima', 'ktime']);
    expect(v511.catalog.helper.map((e) => e.name)).toEqual(['bpf_ima_inode_hash']);
    expect(timeline.flatMap((v) => v.records).map((r) => r.id)).not.toContain('libbpf');
  });
});

describe('filterTimeline', () => {
  it('by category keeps matching digest features only', () => {
    const out = filterTimeline(timeline, { ...NO_FILTER, categories: ['security'] });
    expect(out.map((v) => v.version)).toEqual(['5.11']);
    expect(out[0].records.map((r) => r.id)).toEqual(['ima']);
    expect(out[0].catalog.helper).toEqual([]);
  });
  it('by kernel range, inclusive', () => {
    expect(filterTimeline(timeline, { ...NO_FILTER, from: '5.8', to: '6.9' }).map((v) => v.version)).toEqual(['6.9', '5.11', '5.8']);
  });
  it('by kind', () => {
    const out = filterTimeline(timeline, { ...NO_FILTER, kinds: ['map-type'] });
    expect(out.map((v) => v.version)).toEqual(['5.8']);
    expect(out[0].records).toEqual([]);
  });
  it('digest only', () => {
    expect(filterTimeline(timeline, { ...NO_FILTER, digestOnly: true }).map((v) => v.version)).toEqual(['5.11']);
  });
});

describe('parseTimelineQuery', () => {
  it('reads every filter', () => {
    expect(parseTimelineQuery({ category: ['security', 'tracing'], kind: 'helper', from: '5.4', to: '5.15', digest: '1' })).toEqual({
      categories: ['security', 'tracing'],
      kinds: ['helper'],
      from: '5.4',
      to: '5.15',
      digestOnly: true,
    });
  });
  it('ignores what is not valid and orders the range', () => {
    expect(parseTimelineQuery({ category: ['bogus', 'xdp'], kind: ['<script>'], from: '5.15', to: '5.4', digest: 'yes' })).toEqual({
      categories: ['xdp'],
      kinds: [],
      from: '5.4',
      to: '5.15',
      digestOnly: false,
    });
    expect(parseTimelineQuery({ from: '../../etc', to: '5.4.1' })).toEqual(NO_FILTER);
  });
});
