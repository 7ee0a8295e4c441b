/**
 * GET /api/fleet against a stand-in Prometheus (a local HTTP server answering the query API as
 * Prometheus does, or failing as one can): the queries sent, the answer, and each way it can go
 * wrong — not configured, unreachable, too slow, an error, a non-Prometheus — as a 5xx JSON error
 * that says so, never a 500 or a hang. The real Prometheus is in e2e/fleet.spec.ts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET } from '../app/api/fleet/route';
import { handleFleetRequest, resetFleetCache, type FleetAnswer } from '../lib/server/fleet';
import { isolateEnv } from './helpers/env';

type Handler = (query: string, req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler;
let server: Server;
let base: string;
const asked: string[] = [];
const authorizations: (string | undefined)[] = [];

const vector = (result: { metric: Record<string, string>; value: [number, string] }[]) =>
  JSON.stringify({ status: 'success', data: { resultType: 'vector', result } });
const T = 1795773600;

/** What the recording rule holds (nothing unless a test sets it). */
let recorded: { metric: Record<string, string>; value: [number, string] }[] = [];

/** Two hosts: a 6.1 that has task-local storage, a 4.19 that lacks it. */
const fleet: Handler = (query, _req, res) => {
  const info = (instance: string, kernel: string) => ({
    metric: { __name__: 'ebpf_digest_host_info', job: 'ebpf-digest', instance, kernel, distro: 'Debian', arch: 'x86_64', btf: 'true' },
    value: [T, '1'] as [number, string],
  });
  const hosts = [info('127.0.0.1:3231', '6.1.0-27-amd64'), info('127.0.0.1:3232', '4.19.0-27-amd64')];
  const answers: Record<string, string> = {
    ebpf_digest_host_info: vector(hosts),
    'timestamp(ebpf_digest_host_info)': vector(hosts.map((h) => ({ metric: { ...h.metric, __name__: '' }, value: [T, String(T - 2)] }))),
    ebpf_digest_probe_last_success_timestamp_seconds: vector([]),
    'kind_id:ebpf_digest_feature:count_values': vector(recorded),
    'count_values by (kind, id) ("verdict", ebpf_digest_feature)': vector([
      { metric: { kind: 'feature', id: 'task-local-storage', verdict: '1' }, value: [T, '1'] },
      { metric: { kind: 'feature', id: 'task-local-storage', verdict: '0' }, value: [T, '1'] },
    ]),
    'ebpf_digest_feature{kind="feature",id="task-local-storage"}': vector([
      { metric: { job: 'ebpf-digest', instance: '127.0.0.1:3231' }, value: [T, '1'] },
      { metric: { job: 'ebpf-digest', instance: '127.0.0.1:3232' }, value: [T, '0'] },
    ]),
  };
  const body = answers[query];
  res.writeHead(body ? 200 : 400, { 'content-type': 'application/json' });
  res.end(body ?? JSON.stringify({ status: 'error', errorType: 'bad_data', error: `unexpected query ${query}` }));
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    const query = url.searchParams.get('query') ?? '';
    asked.push(`${url.pathname} ${query} timeout=${url.searchParams.get('timeout')}`);
    authorizations.push(req.headers.authorization);
    handler(query, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections(); // the stalled answers below hold theirs open
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

isolateEnv(['PROMETHEUS_URL', 'PROMETHEUS_TIMEOUT_MS', 'FLEET_CACHE_TTL_MS', 'PROBE_TOKEN', 'EBPF_DIGEST_LISTEN_HOST'], () => {
  process.env.EBPF_DIGEST_LISTEN_HOST = '127.0.0.1';
  process.env.PROMETHEUS_URL = base;
  handler = fleet;
  recorded = [];
  asked.length = 0;
  authorizations.length = 0;
  resetFleetCache();
});

const request = (query = '', headers: Record<string, string> = {}) =>
  new Request(`http://127.0.0.1:3000/api/fleet${query}`, { headers: { host: '127.0.0.1:3000', ...headers } });

describe('with Prometheus answering', () => {
  it('hosts and per-item counts, from the fixed queries', async () => {
    const response = await GET(request());
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as FleetAnswer;
    expect(body.prometheus).toBe(base);
    expect(body.hosts.map((h) => [h.instance, h.kernel, h.lastSeen])).toEqual([
      ['127.0.0.1:3231', '6.1.0-27-amd64', new Date((T - 2) * 1000).toISOString()],
      ['127.0.0.1:3232', '4.19.0-27-amd64', new Date((T - 2) * 1000).toISOString()],
    ]);
    expect(body.items).toEqual([{ kind: 'feature', id: 'task-local-storage', supported: 1, unsupported: 1, unknown: 0, unreported: 0 }]);
    expect(body.item).toBeUndefined();
    expect(body.counts).toBe('counted');
    expect(asked.every((a) => a.startsWith('/api/v1/query ') && a.endsWith('timeout=10s'))).toBe(true);
    // Four at once (hosts, last seen, facts read, the recording rule's counts), then, none recorded, the counting.
    expect(asked).toHaveLength(5);
    expect(asked[4]).toContain('count_values by (kind, id) ("verdict", ebpf_digest_feature)');
  });

  it('with the recording rule’s counts there, those are read and nothing is counted', async () => {
    recorded = [
      {
        metric: { __name__: 'kind_id:ebpf_digest_feature:count_values', kind: 'feature', id: 'task-local-storage', verdict: '-1' },
        value: [T, '2'],
      },
    ];
    const body = (await (await GET(request())).json()) as FleetAnswer;
    expect(body.counts).toBe('recorded');
    expect(body.items).toEqual([{ kind: 'feature', id: 'task-local-storage', supported: 0, unsupported: 0, unknown: 2, unreported: 0 }]);
    expect(asked.some((a) => a.includes('count_values by'))).toBe(false);
  });

  it('?item= lists each host’s verdict; ?group=kernel groups them, oldest kernel first', async () => {
    const response = await GET(request('?item=feature:task-local-storage&group=kernel'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as FleetAnswer;
    expect(asked.some((a) => a.includes('ebpf_digest_feature{kind="feature",id="task-local-storage"}'))).toBe(true);
    expect(body.item!.hosts).toEqual([
      { job: 'ebpf-digest', instance: '127.0.0.1:3231', verdict: 'supported' },
      { job: 'ebpf-digest', instance: '127.0.0.1:3232', verdict: 'unsupported' },
    ]);
    expect(body.groups!.groups.map((g) => [g.value, g.item!.unsupported])).toEqual([
      ['4.19.0-27-amd64', 1],
      ['6.1.0-27-amd64', 0],
    ]);
  });

  it('a path prefix and credentials in PROMETHEUS_URL: the API under the prefix, Basic auth, no password shown', async () => {
    process.env.PROMETHEUS_URL = base.replace('http://', 'http://reader:s%40cret@') + '/prom';
    const body = (await (await GET(request())).json()) as FleetAnswer;
    expect(asked[0]).toMatch(/^\/prom\/api\/v1\/query /);
    expect(authorizations[0]).toBe(`Basic ${Buffer.from('reader:s@cret').toString('base64')}`);
    expect(body.prometheus).toBe(`${base}/prom`);
  });

  it('a burst of requests asks Prometheus once per cache window', async () => {
    const responses = await Promise.all(Array.from({ length: 10 }, () => GET(request())));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(asked).toHaveLength(5);
    expect((await GET(request())).headers.get('server-timing')).toContain('desc="hit"');
  });
});

describe('bad requests: 400, and Prometheus is not asked', () => {
  it.each([
    ['?item=helper', /item: expected KIND:ID/],
    ['?item=helper:no_such_helper', /helper:no_such_helper is not a digest record or catalog entry/],
    ['?item=feature:a%22%7D%20or%20vector(1)', /item: expected KIND:ID/],
    ['?group=arch', /group: expected kernel or distro/],
  ])('%s', async (query, message) => {
    const response = await GET(request(query));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'bad_request', message: expect.stringMatching(message) });
    expect(asked).toEqual([]);
  });
});

describe('when it goes wrong: a JSON error that says what, never a 500 or a hang', () => {
  it('PROMETHEUS_URL unset: 503 fleet_not_configured', async () => {
    delete process.env.PROMETHEUS_URL;
    const response = await GET(request());
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: 'fleet_not_configured', message: expect.stringContaining('PROMETHEUS_URL') });
  });

  it('PROMETHEUS_URL not http(s): 503 fleet_misconfigured', async () => {
    process.env.PROMETHEUS_URL = 'file:///etc/passwd';
    expect(await (await GET(request())).json()).toMatchObject({ error: 'fleet_misconfigured' });
  });

  it('nothing listening: 502 prometheus_unreachable, naming the cause', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    process.env.PROMETHEUS_URL = `http://127.0.0.1:${port}`;
    const response = await GET(request());
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ error: 'prometheus_unreachable', message: expect.stringContaining('ECONNREFUSED') });
  });

  it('too slow: 504 prometheus_timeout once PROMETHEUS_TIMEOUT_MS has passed', async () => {
    handler = () => {}; // never answers
    process.env.PROMETHEUS_TIMEOUT_MS = '300';
    const started = performance.now();
    const response = await GET(request());
    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ error: 'prometheus_timeout', message: expect.stringContaining('300 ms') });
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('a slow body after quick headers is a timeout too', async () => {
    handler = (_q, _req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"status":"success",');
    };
    process.env.PROMETHEUS_TIMEOUT_MS = '300';
    const started = performance.now();
    expect((await GET(request())).status).toBe(504);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('the deadline holds even when fetch never settles and ignores the abort', async () => {
    vi.stubGlobal('fetch', () => new Promise(() => {}));
    try {
      process.env.PROMETHEUS_TIMEOUT_MS = '300';
      const started = performance.now();
      const response = await GET(request());
      expect(response.status).toBe(504);
      expect(await response.json()).toMatchObject({ error: 'prometheus_timeout' });
      expect(performance.now() - started).toBeLessThan(3000);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('Prometheus answering an error: 502 prometheus_error with its words', async () => {
    handler = (_q, _req, res) => {
      res.writeHead(422, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'error', errorType: 'execution', error: 'query processing would load too many samples' }));
    };
    const response = await GET(request());
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({
      error: 'prometheus_error',
      message: expect.stringContaining('HTTP 422 to ebpf_digest_host_info: execution: query processing would load too many samples'),
    });
  });

  it('something that is not Prometheus: 502 prometheus_error', async () => {
    handler = (_q, _req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>hello</html>');
    };
    expect(await (await GET(request())).json()).toMatchObject({ error: 'prometheus_error', message: expect.stringContaining('not JSON') });
    handler = (_q, _req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [] } }));
    };
    resetFleetCache();
    expect(await (await GET(request())).json()).toMatchObject({
      error: 'prometheus_error',
      message: expect.stringContaining('resultType'),
    });
  });

  it('a failed answer is not kept: the next request asks again', async () => {
    handler = (_q, _req, res) => {
      res.writeHead(503);
      res.end('{"status":"error","error":"starting up"}');
    };
    expect((await GET(request())).status).toBe(502);
    handler = fleet;
    expect((await GET(request())).status).toBe(200);
  });
});

describe('who may see the fleet: the probe’s rules', () => {
  it('PROBE_TOKEN set: 403 without it, 200 with it', async () => {
    process.env.PROBE_TOKEN = 'fleet-token';
    expect(await (await GET(request())).json()).toMatchObject({ error: 'probe_disabled', reason: 'token_missing' });
    expect((await GET(request('', { authorization: 'Bearer fleet-token' }))).status).toBe(200);
  });

  it('no token, beyond loopback: 403, and Prometheus is not asked', async () => {
    const response = await handleFleetRequest(request('', { host: 'fleet.example' }), { ...process.env });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ reason: 'host_not_loopback' });
    expect(asked).toEqual([]);
  });
});
