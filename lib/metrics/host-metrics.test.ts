import { describe, expect, it } from 'vitest';
import { parseExposition, PROMTOOL, promtoolCheckMetrics, seriesKey } from '../../test/helpers/prometheus';
import { ITEM_KINDS } from '../verdicts/types';
import {
  DEFAULT_METRIC_KINDS,
  epochSeconds,
  escapeLabelValue,
  METRIC,
  parseMetricKinds,
  renderHostMetrics,
  type HostMetricsInput,
} from './host-metrics';

const input: HostMetricsInput = {
  host: { kernel: '6.1.0-27-amd64', distro: 'Debian GNU/Linux 12 (bookworm)', arch: 'x86_64', btf: true },
  features: [
    { id: 'bpf-ima-inode-hash', kind: 'feature', verdict: 'supported' },
    { id: 'sleepable-bpf', kind: 'feature', verdict: 'unknown' },
    { id: 'bpf_ima_inode_hash', kind: 'helper', verdict: 'unsupported' },
    { id: 'BPF_PROG_TYPE_LSM', kind: 'program-type', verdict: 'unsupported' },
    { id: 'BPF_MAP_TYPE_RINGBUF', kind: 'map-type', verdict: 'supported' },
    { id: 'bpf_task_acquire', kind: 'kfunc', verdict: 'unknown' },
  ],
  collectedAt: '2026-11-27T10:00:00.120Z',
};

describe('parseMetricKinds', () => {
  it('absent or blank: the default kinds; all: every kind', () => {
    expect(parseMetricKinds(null)).toEqual({ ok: true, kinds: [...DEFAULT_METRIC_KINDS] });
    expect(parseMetricKinds('  ')).toEqual({ ok: true, kinds: [...DEFAULT_METRIC_KINDS] });
    expect(parseMetricKinds('all')).toEqual({ ok: true, kinds: [...ITEM_KINDS] });
  });

  it('a list, in the one exposition order whatever order it was asked in', () => {
    expect(parseMetricKinds('kfunc, helper,feature')).toEqual({ ok: true, kinds: ['feature', 'helper', 'kfunc'] });
  });

  it('an unknown or repeated kind is an error naming the known ones', () => {
    const bad = parseMetricKinds('helper,helpers');
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('"helpers" is not an item kind') });
    expect(bad.ok ? '' : bad.message).toContain('feature, helper, program-type, map-type, attach-type, kfunc, or all');
    expect(parseMetricKinds('helper,helper')).toMatchObject({ ok: false, message: expect.stringContaining('named twice') });
    expect(parseMetricKinds('helper,')).toMatchObject({ ok: false });
    expect(parseMetricKinds('x'.repeat(5000))).toMatchObject({ ok: false });
    expect((parseMetricKinds('x'.repeat(5000)) as { message: string }).message.length).toBeLessThan(200);
  });
});

describe('escapeLabelValue and epochSeconds', () => {
  it('escapes backslash, double quote and newline, and nothing else', () => {
    expect(escapeLabelValue('a\\b"c\nd\te 内核')).toBe('a\\\\b\\"c\\nd\te 内核');
  });

  it('writes Unix time exactly, with a fraction only when there is one', () => {
    expect(epochSeconds('2026-11-27T10:00:00Z')).toBe('1795773600');
    expect(epochSeconds('2026-11-27T10:00:00.120Z')).toBe('1795773600.12');
    expect(epochSeconds('2026-11-27T10:00:00.007Z')).toBe('1795773600.007');
    expect(epochSeconds('2026-11-27T12:00:00+02:00')).toBe('1795773600');
    expect(() => epochSeconds('yesterday')).toThrow('not a time');
  });
});

describe('renderHostMetrics', () => {
  it('one info series, one series per item of the chosen kinds, counts of every kind', () => {
    const text = renderHostMetrics(input, { kinds: DEFAULT_METRIC_KINDS, durationSeconds: 0.2346 });
    const samples = parseExposition(text);
    expect(samples.filter((s) => s.name === METRIC.hostInfo)).toEqual([
      {
        name: METRIC.hostInfo,
        labels: { kernel: '6.1.0-27-amd64', distro: 'Debian GNU/Linux 12 (bookworm)', arch: 'x86_64', btf: 'true' },
        value: '1',
      },
    ]);
    const items = samples.filter((s) => s.name === METRIC.feature).map((s) => `${s.labels.kind}:${s.labels.id}=${s.value}`);
    // The helper and the kfunc are not default kinds.
    expect(items).toEqual([
      'feature:bpf-ima-inode-hash=1',
      'feature:sleepable-bpf=-1',
      'program-type:BPF_PROG_TYPE_LSM=0',
      'map-type:BPF_MAP_TYPE_RINGBUF=1',
    ]);
    const count = (kind: string, verdict: string) =>
      samples.find((s) => s.name === METRIC.items && s.labels.kind === kind && s.labels.verdict === verdict)?.value;
    expect(count('helper', 'unsupported')).toBe('1');
    expect(count('kfunc', 'unknown')).toBe('1');
    expect(count('attach-type', 'supported')).toBe('0');
    expect(samples.filter((s) => s.name === METRIC.items)).toHaveLength(ITEM_KINDS.length * 3);
    expect(samples.find((s) => s.name === METRIC.duration)?.value).toBe('0.235');
    expect(samples.find((s) => s.name === METRIC.lastSuccess)?.value).toBe('1795773600.12');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('kinds on request; no duration line when nothing was timed; odd label values escaped', () => {
    const odd = { ...input, host: { kernel: null, distro: 'Weird "Linux"\\\nEdition', arch: null, btf: null } };
    const text = renderHostMetrics(odd, { kinds: ['helper', 'kfunc'] });
    const samples = parseExposition(text);
    expect(samples.filter((s) => s.name === METRIC.feature).map((s) => s.labels.id)).toEqual(['bpf_ima_inode_hash', 'bpf_task_acquire']);
    expect(samples[0]!.labels).toEqual({ kernel: '', distro: 'Weird "Linux"\\\nEdition', arch: '', btf: 'unknown' });
    expect(text).toContain('distro="Weird \\"Linux\\"\\\\\\nEdition"');
    expect(samples.some((s) => s.name === METRIC.duration)).toBe(false);
  });

  it('every family has HELP and TYPE once, no series twice', () => {
    const text = renderHostMetrics(input, { kinds: ITEM_KINDS, durationSeconds: 1 });
    for (const name of Object.values(METRIC)) {
      expect(
        text.split('\n').filter((l) => l.startsWith(`# TYPE ${name} `)),
        name,
      ).toHaveLength(1);
      expect(
        text.split('\n').filter((l) => l.startsWith(`# HELP ${name} `)),
        name,
      ).toHaveLength(1);
    }
    const keys = parseExposition(text).map(seriesKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.skipIf(!PROMTOOL)('promtool check metrics accepts it', async () => {
    const odd = { ...input, host: { ...input.host, distro: 'Weird "Linux"\\\nEdition' } };
    expect(await promtoolCheckMetrics(renderHostMetrics(odd, { kinds: ITEM_KINDS, durationSeconds: 0.5 }))).toEqual({
      code: 0,
      output: '',
    });
  });
});
