/**
 * GET /metrics, called as Next calls it: the host's verdicts as Prometheus series on fixture hosts,
 * checked by promtool; the probe's access rules; one host read for a burst of scrapes and probes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { GET } from '../app/metrics/route';
import { GET as probeGET } from '../app/api/probe/route';
import { handleMetricsRequest } from '../lib/server/metrics';
import { probeStats } from '../lib/server/probe';
import { DEFAULT_METRIC_KINDS, METRIC, METRICS_CONTENT_TYPE, VERDICT_VALUE } from '../lib/metrics/host-metrics';
import type { HostVerdicts } from '../lib/verdicts/host-verdicts';
import { ITEM_KINDS } from '../lib/verdicts/types';
import { isolateProbeEnv } from './helpers/env';
import { materializeHostFixture, type HostFixtureName, type MaterializedHost } from './helpers/host-fixtures';
import { parseExposition, PROMTOOL, promtoolCheckMetrics, seriesKey, type Sample } from './helpers/prometheus';

const hosts: MaterializedHost[] = [];
isolateProbeEnv();
afterAll(() => Promise.all(hosts.map((h) => h.cleanup())));

const request = (query = '', headers: Record<string, string> = {}) =>
  new Request(`http://127.0.0.1:3000/metrics${query}`, { headers: { host: '127.0.0.1:3000', ...headers } });
const probeRequest = () => new Request('http://127.0.0.1:3000/api/probe', { headers: { host: '127.0.0.1:3000' } });

async function onFixture(name: HostFixtureName) {
  const host = await materializeHostFixture(name);
  hosts.push(host);
  process.env.HOST_ROOT = host.root;
}

async function scrape(query = ''): Promise<{ text: string; samples: Sample[] }> {
  const response = await GET(request(query));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(METRICS_CONTENT_TYPE);
  expect(response.headers.get('cache-control')).toBe('no-store');
  const text = await response.text();
  return { text, samples: parseExposition(text) };
}

async function probe(): Promise<HostVerdicts> {
  return (await (await probeGET(probeRequest())).json()) as HostVerdicts;
}

describe('on fixture hosts', () => {
  it.each(['linux-6x', 'linux-419', 'rhel8-418', 'container'] as const)(
    '%s: the info series and one series per item of the default kinds, valued as /api/probe judges them',
    async (name) => {
      await onFixture(name);
      const { text, samples } = await scrape();
      const verdicts = await probe();
      const info = samples.filter((s) => s.name === METRIC.hostInfo);
      expect(info).toHaveLength(1);
      expect(info[0]!.labels).toEqual({
        kernel: verdicts.host.kernel ?? '',
        distro: verdicts.host.distro ?? '',
        arch: verdicts.host.arch ?? '',
        btf: String(verdicts.host.btf ?? 'unknown'),
      });
      const exported = samples.filter((s) => s.name === METRIC.feature);
      const expected = verdicts.features.filter((f) => DEFAULT_METRIC_KINDS.includes(f.kind));
      expect(exported.map((s) => [s.labels.kind, s.labels.id, s.value])).toEqual(
        expected.map((f) => [f.kind, f.id, String(VERDICT_VALUE[f.verdict])]),
      );
      for (const kind of ITEM_KINDS) {
        const c = verdicts.coverage[kind];
        const count = (verdict: string) =>
          samples.find((s) => s.name === METRIC.items && s.labels.kind === kind && s.labels.verdict === verdict)?.value;
        expect([count('supported'), count('unsupported'), count('unknown')], kind).toEqual(
          [c.supported, c.unsupported, c.unknown].map(String),
        );
      }
      expect(Number(samples.find((s) => s.name === METRIC.lastSuccess)?.value) * 1000).toBe(Date.parse(verdicts.collectedAt));
      expect(Number(samples.find((s) => s.name === METRIC.duration)?.value)).toBeGreaterThan(0);
      const keys = samples.map(seriesKey);
      expect(new Set(keys).size).toBe(keys.length);
      // Bounded: the default kinds plus a fixed handful, whatever the host.
      expect(samples.length).toBe(1 + expected.length + ITEM_KINDS.length * 3 + 2);
      if (PROMTOOL) expect(await promtoolCheckMetrics(text)).toEqual({ code: 0, output: '' });
      expect(probeStats().hostReads).toBe(1);
    },
  );

  it('4.19: the 5.11 features are 0, the helpers there on request', async () => {
    await onFixture('linux-419');
    const { samples } = await scrape('?kinds=feature,helper');
    const value = (kind: string, id: string) =>
      samples.find((s) => s.name === METRIC.feature && s.labels.kind === kind && s.labels.id === id)?.value;
    expect(value('feature', 'bpf-ima-inode-hash')).toBe('0');
    expect(value('helper', 'bpf_ima_inode_hash')).toBe('0');
    expect(value('helper', 'bpf_map_lookup_elem')).toBe('1');
    expect(samples.some((s) => s.labels.kind === 'program-type' && s.name === METRIC.feature)).toBe(false);
  });

  it('?kinds=all exports every item once, and promtool accepts it', async () => {
    await onFixture('linux-6x');
    const { text, samples } = await scrape('?kinds=all');
    const verdicts = await probe();
    expect(samples.filter((s) => s.name === METRIC.feature)).toHaveLength(verdicts.features.length);
    if (PROMTOOL) expect((await promtoolCheckMetrics(text)).code).toBe(0);
  });

  it('a bad ?kinds= is a 400 that names the known kinds, and the host is not read', async () => {
    await onFixture('linux-6x');
    const response = await GET(request('?kinds=helpers'));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'bad_kinds', message: expect.stringContaining('known kinds: feature, helper') });
    expect(probeStats().hostReads).toBe(0);
  });

  it('a burst of scrapes and probes reads the host once; each rendering is made once per window', async () => {
    await onFixture('linux-6x');
    const responses = await Promise.all([
      ...Array.from({ length: 20 }, () => GET(request())),
      ...Array.from({ length: 5 }, () => probeGET(probeRequest())),
      GET(request('?kinds=all')),
    ]);
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));
    const texts = await Promise.all(responses.slice(0, 20).map((r) => r.text()));
    expect(new Set(texts).size).toBe(1);
    expect(probeStats()).toMatchObject({ hostReads: 1, loads: 1 });
    const timing = (await GET(request())).headers.get('server-timing');
    expect(timing).toContain('desc="hit"');
  });
});

describe('who may scrape: the probe’s rules', () => {
  it('PROBE_TOKEN set: 403 without it or with a wrong one, 200 with it as a Bearer token', async () => {
    await onFixture('container');
    process.env.PROBE_TOKEN = 'scrape-token-1';
    const missing = await GET(request());
    expect(missing.status).toBe(403);
    expect(await missing.json()).toMatchObject({ error: 'probe_disabled', reason: 'token_missing' });
    expect(await (await GET(request('', { authorization: 'Bearer nope' }))).json()).toMatchObject({ reason: 'token_invalid' });
    expect(probeStats().hostReads).toBe(0);
    expect((await GET(request('', { authorization: 'Bearer scrape-token-1' }))).status).toBe(200);
  });

  it('no token: beyond loopback (listening or addressed) is refused', async () => {
    await onFixture('container');
    expect(await (await GET(request('', { host: 'metrics.example' }))).json()).toMatchObject({ reason: 'host_not_loopback' });
    process.env.EBPF_DIGEST_LISTEN_HOST = '0.0.0.0';
    expect(await (await GET(request())).json()).toMatchObject({ reason: 'listen_not_loopback' });
    expect(probeStats().hostReads).toBe(0);
  });

  it('no host to read (not Linux, no HOST_ROOT): 503, so the scrape fails visibly', async () => {
    const response = await handleMetricsRequest(request(), { platform: 'darwin', env: { EBPF_DIGEST_LISTEN_HOST: '127.0.0.1' } });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ supported: false, reason: 'not_linux' });
  });
});
