/**
 * GET /api/probe, called as Next calls it: on this machine, on fixture hosts (HOST_ROOT), refused
 * without the token, on a platform that is not Linux, and under a burst of requests.
 */
import { readFileSync } from 'node:fs';
import { release } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { GET } from '../app/api/probe/route';
import { getCatalog, getContent } from '../lib/server/data';
import { handleProbeRequest, hasHostToProbe, probeStats } from '../lib/server/probe';
import { CONFIG_CHECKS } from '../lib/verdicts/checks';
import type { HostVerdicts } from '../lib/verdicts/host-verdicts';
import type { ProbeNotSupported, ProbeRefused } from '../lib/verdicts/probe-api';
import type { ItemKind, VerdictItem } from '../lib/verdicts/types';
import { isolateProbeEnv } from './helpers/env';
import { materializeHostFixture, type HostFixtureName, type MaterializedHost } from './helpers/host-fixtures';

isolateProbeEnv();

const request = (headers: Record<string, string> = {}) =>
  new Request('http://127.0.0.1:3000/api/probe', { headers: { host: '127.0.0.1:3000', ...headers } });

async function getVerdicts(headers?: Record<string, string>): Promise<HostVerdicts> {
  const response = await GET(request(headers));
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  return (await response.json()) as HostVerdicts;
}

const item = (verdicts: HostVerdicts, kind: ItemKind, id: string) => {
  const found = verdicts.features.find((f) => f.kind === kind && f.id === id);
  expect(found, `${kind} ${id}`).toBeDefined();
  return found!;
};
const codes = (i: VerdictItem) => i.evidence.map((e) => e.code);

const onLinux = process.platform === 'linux';

describe.runIf(onLinux)('on this machine', () => {
  it('gives the running kernel and a verdict with evidence for bpf_ima_inode_hash', async () => {
    const verdicts = await getVerdicts();
    expect(verdicts.supported).toBe(true);
    expect(verdicts.host.kernel).toBe(release());
    expect(verdicts.checks.find((c) => c.id === 'kernel')).toMatchObject({
      status: 'ok',
      value: release(),
      source: '/proc/sys/kernel/osrelease',
    });
    for (const [kind, id] of [
      ['helper', 'bpf_ima_inode_hash'],
      ['feature', 'bpf-ima-inode-hash'],
    ] as const) {
      const ima = item(verdicts, kind, id);
      expect(['supported', 'unsupported', 'unknown']).toContain(ima.verdict);
      expect(ima.evidence.length).toBeGreaterThan(0);
      for (const e of ima.evidence) expect(e.text.length).toBeGreaterThan(0);
    }
    // With BTF present (as on this machine), the helper is decided by BTF, not by version.
    if (verdicts.host.btf) expect(codes(item(verdicts, 'helper', 'bpf_ima_inode_hash'))[0]).toMatch(/^btf\.enum_member/);
  });

  it('gates program types on the config that builds them: LIRC_MODE2 follows CONFIG_BPF_LIRC_MODE2, not the BTF enum', async () => {
    const verdicts = await getVerdicts();
    const lirc = item(verdicts, 'program-type', 'BPF_PROG_TYPE_LIRC_MODE2');
    const config = lirc.evidence.find((e) => e.code.startsWith('config.'));
    expect(config?.params.option ?? 'CONFIG_BPF_LIRC_MODE2').toBe('CONFIG_BPF_LIRC_MODE2');
    if (config?.code === 'config.not_set') expect(lirc.verdict).toBe('unsupported');
    if (config?.code === 'config.unknown') expect(lirc.verdict).toBe('unknown');
  });

  it('has every digest feature and every catalog entry, once, with counts that add up', async () => {
    const verdicts = await getVerdicts();
    const { records } = await getContent();
    const features = verdicts.features.filter((f) => f.kind === 'feature').map((f) => f.id);
    expect(features.sort()).toEqual(records.map((r) => r.id).sort());
    const keys = verdicts.features.map((f) => `${f.kind}:${f.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    const total = Object.values(verdicts.coverage).reduce((n, c) => n + c.total, 0);
    expect(total).toBe(verdicts.features.length);
    for (const c of Object.values(verdicts.coverage)) expect(c.supported + c.unsupported + c.unknown).toBe(c.total);
    expect(Date.parse(verdicts.generatedAt)).toBeGreaterThanOrEqual(Date.parse(verdicts.collectedAt));
  });

  it('leaks no config, command line or environment: evidence only', async () => {
    const verdicts = await getVerdicts();
    const json = JSON.stringify(verdicts);
    // No key that would carry a whole source.
    const keys = new Set<string>();
    JSON.parse(json, (key, value) => (keys.add(key), value));
    for (const key of ['cmdline', 'kernelConfig_options', 'config', 'env', 'environment', 'facts', 'enums', 'functions'])
      expect(keys).not.toContain(key);
    // Config options: only those a check, a detection rule or a type's config gate names.
    const { records } = await getContent();
    const named = new Set<string>([...CONFIG_CHECKS, 'CONFIG_LSM']);
    for (const r of records) for (const rule of r.detect) if (rule.kind === 'config') named.add(rule.option);
    for (const e of getCatalog().entries) for (const g of e.configGate ?? []) for (const o of g.options) named.add(o);
    const options = new Set(json.match(/CONFIG_[A-Z0-9_]+/g) ?? []);
    expect([...options].filter((o) => !named.has(o))).toEqual([]);
    expect(options.size).toBeLessThanOrEqual(named.size);
    // The kernel command line: none of its parameters.
    const cmdline = readFileSync('/proc/cmdline', 'utf8').trim();
    const params = cmdline.split(/\s+/).filter((p) => p.includes('=') && p.length >= 6);
    expect(params.filter((p) => json.includes(p))).toEqual([]);
    // The environment: no value of any variable long enough to be recognizable.
    const values = Object.entries(process.env).filter(([, v]) => v && v.length >= 12 && !/^[\d.]+$/.test(v) && !v.startsWith('/'));
    expect(values.filter(([, v]) => json.includes(v!)).map(([k]) => k)).toEqual([]);
    expect(json.length).toBeLessThan(400_000);
  });

  it('a burst of requests reads the host once; later requests hit the cache', async () => {
    const responses = await Promise.all(Array.from({ length: 25 }, () => GET(request())));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    const bodies = await Promise.all(responses.map((r) => r.json() as Promise<HostVerdicts>));
    expect(new Set(bodies.map((b) => b.collectedAt)).size).toBe(1);
    expect(probeStats()).toMatchObject({ hostReads: 1, loads: 1, joins: 24 });
    await GET(request());
    expect(probeStats()).toMatchObject({ hostReads: 1, hits: 1 });
  });

  it('PROBE_CACHE_TTL_MS=0 reads the host on every request (still once per burst)', async () => {
    process.env.PROBE_CACHE_TTL_MS = '0';
    await Promise.all([GET(request()), GET(request())]);
    await GET(request());
    expect(probeStats().hostReads).toBe(2);
  });
});

describe('on fixture hosts (HOST_ROOT)', () => {
  const hosts: MaterializedHost[] = [];
  afterAll(() => Promise.all(hosts.map((h) => h.cleanup())));
  async function verdictsFor(name: HostFixtureName) {
    const host = await materializeHostFixture(name);
    hosts.push(host);
    process.env.HOST_ROOT = host.root;
    return getVerdicts();
  }

  it('4.19 without BTF: every 5.11 kernel feature is unsupported', async () => {
    const verdicts = await verdictsFor('linux-419');
    expect(verdicts.host).toMatchObject({ kernel: '4.19.0-27-amd64', btf: false });
    const { records } = await getContent();
    const of511 = records.filter((r) => r.kernel === '5.11');
    expect(of511.length).toBeGreaterThan(5);
    for (const r of of511) expect(item(verdicts, 'feature', r.id).verdict, r.id).toBe('unsupported');
    expect(codes(item(verdicts, 'helper', 'bpf_ima_inode_hash'))).toEqual(['btf.absent', 'kernel.by_version_only']);
    expect(codes(item(verdicts, 'feature', 'so-prefer-busy-poll'))).toEqual(['sysctl.exists', 'kernel.below']);
  });

  it('RHEL 8 (4.18): the ring buffer helpers are supported, by BTF, as backports', async () => {
    const verdicts = await verdictsFor('rhel8-418');
    expect(verdicts.host.kernel).toBe('4.18.0-305.el8.x86_64');
    for (const name of ['bpf_ringbuf_output', 'bpf_ringbuf_reserve', 'bpf_ringbuf_submit', 'bpf_ringbuf_discard', 'bpf_ringbuf_query']) {
      const helper = item(verdicts, 'helper', name);
      expect(helper.verdict, name).toBe('supported');
      expect(codes(helper)).toEqual(['btf.enum_member', 'kernel.backported']);
      expect(helper.evidence[1].text).toBe(`kernel 4.18 < 5.8 by version, but BTF has BPF_FUNC_${name.slice(4)}: backported`);
    }
    expect(item(verdicts, 'map-type', 'BPF_MAP_TYPE_RINGBUF').verdict).toBe('supported');
    // What came after 5.8 stays missing: the dynptr variants (5.19).
    expect(item(verdicts, 'helper', 'bpf_ringbuf_reserve_dynptr').verdict).toBe('unsupported');
  });

  it('a cached answer for one root never answers for another', async () => {
    const a = await verdictsFor('linux-419');
    const b = await verdictsFor('rhel8-418');
    expect([a.host.kernel, b.host.kernel]).toEqual(['4.19.0-27-amd64', '4.18.0-305.el8.x86_64']);
    expect(probeStats().hostReads).toBe(2);
  });
});

describe('who may ask', () => {
  it('PROBE_TOKEN set: 403 without it, 403 with a wrong one, 200 with it', async () => {
    process.env.PROBE_TOKEN = 'correct horse battery staple';
    const missing = await GET(request());
    expect(missing.status).toBe(403);
    const body = (await missing.json()) as ProbeRefused;
    expect(body).toMatchObject({ error: 'probe_disabled', reason: 'token_missing' });
    expect(body.message).toMatch(/Authorization: Bearer/);
    expect(Object.keys(body).sort()).toEqual(['error', 'message', 'reason']);
    expect((await GET(request({ authorization: 'Bearer horse' }))).status).toBe(403);
    if (onLinux) expect((await GET(request({ authorization: 'Bearer correct horse battery staple' }))).status).toBe(403); // spaces: not one token
    process.env.PROBE_TOKEN = 'correct-horse-battery-staple';
    if (onLinux) expect((await GET(request({ authorization: 'Bearer correct-horse-battery-staple' }))).status).toBe(200);
    expect(probeStats().hostReads).toBe(onLinux ? 1 : 0);
  });

  it('listening beyond loopback without a token: 403, and the host is not read', async () => {
    process.env.EBPF_DIGEST_LISTEN_HOST = '0.0.0.0';
    const response = await GET(request());
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ reason: 'listen_not_loopback' });
    expect(probeStats().hostReads).toBe(0);
  });

  it('a request addressed to another name (DNS rebinding, a proxy): 403', async () => {
    const response = await GET(request({ host: 'attacker.example' }));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ reason: 'host_not_loopback' });
  });
});

describe('not Linux', () => {
  it('answers 200 with supported: false, and reads nothing', async () => {
    const response = await handleProbeRequest(request(), { platform: 'darwin', env: { EBPF_DIGEST_LISTEN_HOST: '127.0.0.1' } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as ProbeNotSupported;
    expect(body).toMatchObject({ supported: false, reason: 'not_linux', platform: 'darwin' });
    expect(body.message).toMatch(/not Linux/);
    expect(probeStats().hostReads).toBe(0);
  });

  it('…unless a host root is given: then that tree is read', async () => {
    const host = await materializeHostFixture('linux-6x');
    try {
      const response = await handleProbeRequest(request(), {
        platform: 'darwin',
        env: { EBPF_DIGEST_LISTEN_HOST: '127.0.0.1', HOST_ROOT: host.root },
      });
      expect(((await response.json()) as HostVerdicts).host.kernel).toBe('6.8.0-45-generic');
    } finally {
      await host.cleanup();
    }
  });
});

describe('hasHostToProbe', () => {
  it('Linux, or a host root given', () => {
    expect(hasHostToProbe('linux', {})).toBe(true);
    expect(hasHostToProbe('darwin', {})).toBe(false);
    expect(hasHostToProbe('win32', { HOST_ROOT: ' ' })).toBe(false);
    expect(hasHostToProbe('darwin', { HOST_ROOT: '/mnt/host' })).toBe(true);
    expect(hasHostToProbe('darwin', { HOST_PROC: '/mnt/host/proc' })).toBe(true);
  });
});
