/**
 * GET /api/probe/program-types/NAME and /api/probe/helpers/NAME through their routes: shape, 404,
 * the same access rules and cache as /api/probe, on a fixture host and on this machine.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { GET as programTypeGET } from '../app/api/probe/program-types/[name]/route';
import { GET as helperGET } from '../app/api/probe/helpers/[name]/route';
import { GET as probeGET } from '../app/api/probe/route';
import { getCatalog } from '../lib/server/data';
import { probeStats } from '../lib/server/probe';
import type { HelperCallers, ProgramTypeCalls } from '../lib/verdicts/program-types';
import { isolateProbeEnv } from './helpers/env';
import { materializeHostFixture, type MaterializedHost } from './helpers/host-fixtures';

const hosts: MaterializedHost[] = [];
isolateProbeEnv();
afterAll(() => Promise.all(hosts.map((h) => h.cleanup())));

const request = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://127.0.0.1:3000${path}`, { headers: { host: '127.0.0.1:3000', ...headers } });
const programType = (name: string, headers?: Record<string, string>) =>
  programTypeGET(request(`/api/probe/program-types/${name}`, headers), { params: Promise.resolve({ name }) });
const helper = (name: string, headers?: Record<string, string>) =>
  helperGET(request(`/api/probe/helpers/${name}`, headers), { params: Promise.resolve({ name }) });

async function onFixture(name: 'linux-6x' | 'container') {
  const host = await materializeHostFixture(name);
  hosts.push(host);
  process.env.HOST_ROOT = host.root;
}

const catalogHelpers = () => getCatalog().entries.filter((e) => e.kind === 'helper');

describe('GET /api/probe/program-types/NAME', () => {
  it('answers { programType, verdict, evidence, helpers } with every catalog helper', async () => {
    await onFixture('linux-6x');
    const response = await programType('BPF_PROG_TYPE_KPROBE');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('server-timing')).toMatch(/collect;dur=/);
    const body = (await response.json()) as ProgramTypeCalls;
    expect(Object.keys(body).sort()).toEqual(['evidence', 'helpers', 'programType', 'verdict']);
    expect(body).toMatchObject({ programType: 'BPF_PROG_TYPE_KPROBE', verdict: 'supported' });
    expect(body.helpers.map((h) => h.name)).toEqual(catalogHelpers().map((e) => e.name));
    for (const h of body.helpers) {
      expect(Object.keys(h).sort()).toEqual(['conditions', 'evidence', 'name', 'verdict']);
      expect(h.evidence.length, h.name).toBeGreaterThan(0);
    }
    const byName = new Map(body.helpers.map((h) => [h.name, h]));
    // The data excludes bpf_spin_lock for kprobes (the verifier refuses it), and lets them call bpf_get_stackid.
    expect(byName.get('bpf_spin_lock')).toMatchObject({ verdict: 'unsupported' });
    expect(byName.get('bpf_spin_lock')!.evidence.map((e) => e.code)).toContain('calls.excluded');
    expect(byName.get('bpf_get_stackid')).toMatchObject({ verdict: 'supported', conditions: [{}] });
    // An XDP helper is not for kprobes.
    expect(byName.get('bpf_xdp_adjust_head')).toMatchObject({ verdict: 'unsupported', conditions: [] });
  });

  it('a type whose config gate is unset: its verdict and every helper unsupported (LIRC_MODE2 on linux-6x)', async () => {
    await onFixture('linux-6x');
    const body = (await (await programType('BPF_PROG_TYPE_LIRC_MODE2')).json()) as ProgramTypeCalls;
    expect(body.verdict).toBe('unsupported');
    expect(new Set(body.helpers.map((h) => h.verdict))).toEqual(new Set(['unsupported']));
  });

  it('a type the data marks unfinished says so, and what it does not list is unknown', async () => {
    await onFixture('linux-6x');
    const body = (await (await programType('BPF_PROG_TYPE_STRUCT_OPS')).json()) as ProgramTypeCalls & { incomplete?: string };
    expect(body.incomplete).toMatch(/TODO struct ops/);
    expect(body.helpers.find((h) => h.name === 'bpf_xdp_adjust_head')!.verdict).toBe('unknown');
  });

  it('404 with a JSON error for a name the catalog lacks, odd names included', async () => {
    for (const name of ['BPF_PROG_TYPE_NOPE', 'bpf_map_lookup_elem', '..%2f', 'x'.repeat(300)]) {
      const response = await programType(name);
      expect(response.status, name).toBe(404);
      expect(await response.json()).toMatchObject({ error: 'not_found' });
    }
  });

  it('shares the probe’s cache: one host read for /api/probe and any number of program types', async () => {
    await onFixture('container');
    await probeGET(request('/api/probe'));
    await Promise.all([programType('BPF_PROG_TYPE_XDP'), programType('BPF_PROG_TYPE_XDP'), helper('bpf_map_lookup_elem')]);
    expect(probeStats().hostReads).toBe(1);
  });

  it('the same access rules as /api/probe: 403 without the token, and the host is not read', async () => {
    process.env.PROBE_TOKEN = 'correct-horse-battery-staple';
    await onFixture('linux-6x');
    const refused = await programType('BPF_PROG_TYPE_XDP');
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: 'probe_disabled', reason: 'token_missing' });
    expect((await helper('bpf_map_lookup_elem', { authorization: 'Bearer nope' })).status).toBe(403);
    expect(probeStats().hostReads).toBe(0);
    expect((await programType('BPF_PROG_TYPE_XDP', { authorization: 'Bearer correct-horse-battery-staple' })).status).toBe(200);
  });
});

describe('GET /api/probe/helpers/NAME', () => {
  it('lists the program types the data lets call the helper, judged on the host', async () => {
    await onFixture('linux-6x');
    const response = await helper('bpf_get_stackid');
    expect(response.status).toBe(200);
    const body = (await response.json()) as HelperCallers;
    expect(body).toMatchObject({ helper: 'bpf_get_stackid', verdict: 'supported' });
    const types = body.programTypes.map((p) => p.programType);
    expect(types).toContain('BPF_PROG_TYPE_KPROBE');
    expect(types).not.toContain('BPF_PROG_TYPE_XDP');
    expect((await helper('bpf_nope')).status).toBe(404);
  });
});

describe.runIf(process.platform === 'linux')('on this machine', () => {
  it('answers for every catalog program type', async () => {
    const types = getCatalog().entries.filter((e) => e.kind === 'program-type');
    for (const t of types) {
      const response = await programType(t.name);
      expect(response.status, t.name).toBe(200);
    }
    expect(probeStats().hostReads).toBe(1);
  });
});
