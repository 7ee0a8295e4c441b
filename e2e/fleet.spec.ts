/**
 * A fleet through a real Prometheus (Debian's): two site instances probing fixture hosts (one
 * behind PROBE_TOKEN, scraped with it as a bearer token) and a node_exporter serving the collector
 * script's textfile for a third, all scraped every 3 s. The fleet page and GET /api/fleet must
 * show each host and, per item, the counts the hosts' own verdicts give. A third site, pointed at a
 * Prometheus that hangs, errs or drops the connection, must say so — on the page and as 502/504.
 *
 * Skipped, with a message saying how to install them, where prometheus or node_exporter is absent.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getDictionary } from '../lib/i18n/dictionary';
import type { FleetAnswer } from '../lib/server/fleet';
import type { HostVerdicts } from '../lib/verdicts/host-verdicts';
import { DEFAULT_METRIC_KINDS, VERDICT_VALUE } from '../lib/metrics/host-metrics';
import type { Verdict } from '../lib/verdicts/types';
import {
  NODE_EXPORTER,
  NO_PROMETHEUS_HELP,
  PROMETHEUS,
  startNodeExporter,
  startPrometheus,
  waitForQuery,
} from '../scripts/prometheus-run.mjs';
import { freePort, waitFor } from '../scripts/serve-build.mjs';
import { materializeHostFixture, type MaterializedHost } from '../test/helpers/host-fixtures';
import { recordingRulesExample } from '../lib/fleet/setup';
import { parseExposition, PROMTOOL, promtoolCheckMetrics } from '../test/helpers/prometheus';
import { englishOnlyWords } from './english-words';

test.skip(!PROMETHEUS || !NODE_EXPORTER, NO_PROMETHEUS_HELP);
test.describe.configure({ mode: 'serial' });

const en = getDictionary('en');
const zh = getDictionary('zh');
const TOKEN = 'e2e-fleet-scrape-token';
const KERNELS = { a: '4.19.0-27-amd64', b: '6.8.0-45-generic', node: '4.18.0-305.el8.x86_64' };

const stops: (() => unknown)[] = [];
const hosts: MaterializedHost[] = [];
let siteA: string; // linux-419, PROBE_TOKEN: scraped with the token
let siteB: string; // linux-6x, loopback: scraped without, and serves the fleet view
let siteC: string; // PROMETHEUS_URL at a Prometheus that misbehaves
let textfile: string;
let prometheus: string;
let setRules: (rules: string) => Promise<void>;

/** `next start` on the build the configured server made, with these variables. */
async function startSite(env: Record<string, string>): Promise<string> {
  const port = await freePort();
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const child: ChildProcess = spawn(process.execPath, [next, 'start', '--hostname', '127.0.0.1', '--port', port], {
    env: { ...process.env, EBPF_DIGEST_LISTEN_HOST: '127.0.0.1', ...env },
    stdio: 'ignore',
  });
  stops.push(() => child.kill('SIGTERM'));
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/en`, 90_000);
  return base;
}

/** A stand-in Prometheus: drops the connection for one item, errs for another, never answers otherwise. */
async function misbehavingPrometheus(): Promise<string> {
  const server: Server = createServer((req, res) => {
    const query = new URL(req.url!, 'http://x').searchParams.get('query') ?? '';
    if (query.includes('task-local-storage')) req.socket.destroy();
    else if (query.includes('bpf-ima-inode-hash')) {
      res.writeHead(422, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'error', errorType: 'execution', error: 'query processing would load too many samples' }));
    } // else: no answer at all
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stops.push(() => server.closeAllConnections?.() ?? server.close());
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const [a, b, node] = await Promise.all([
    materializeHostFixture('linux-419'),
    materializeHostFixture('linux-6x'),
    materializeHostFixture('rhel8-418'),
  ]);
  hosts.push(a, b, node);

  // The third host reports through node_exporter: the collector script's textfile.
  const dir = await mkdtemp(join(tmpdir(), 'ebpf-digest-textfile-'));
  stops.push(() => rm(dir, { recursive: true, force: true }));
  const { stdout } = await promisify(execFile)('sh', ['scripts/collect-host-facts.sh', '--format', 'prometheus'], {
    env: { ...process.env, HOST_ROOT: node.root },
    timeout: 120_000,
  });
  textfile = join(dir, 'ebpf_digest.prom');
  await writeFile(textfile, stdout);
  const exporterPort = await freePort();
  const exporter = await startNodeExporter({ port: exporterPort, dir });
  stops.push(exporter.stop);

  const promPort = await freePort();
  prometheus = `http://127.0.0.1:${promPort}`;
  const fake = await misbehavingPrometheus();
  [siteA, siteB, siteC] = await Promise.all([
    startSite({ HOST_ROOT: a.root, PROBE_TOKEN: TOKEN }),
    startSite({ HOST_ROOT: b.root, PROMETHEUS_URL: prometheus, FLEET_CACHE_TTL_MS: '0' }),
    startSite({ HOST_ROOT: b.root, PROMETHEUS_URL: fake, PROMETHEUS_TIMEOUT_MS: '1500', FLEET_CACHE_TTL_MS: '0' }),
  ]);
  const prom = await startPrometheus({
    port: promPort,
    // Short, but long enough that a scrape on a busy machine does not time out: a failed scrape
    // marks the host's series stale, and it would drop out of the fleet until the next one.
    interval: '3s',
    jobs: [
      { job: 'ebpf-digest', targets: [siteB.replace('http://', '')] },
      { job: 'ebpf-digest-token', targets: [siteA.replace('http://', '')], token: TOKEN },
      { job: 'node', targets: [exporter.base.replace('http://', '')] },
    ],
  });
  stops.push(prom.stop);
  setRules = prom.setRules;
  // The first scrape of each target is in.
  await waitForQuery(prometheus, 'count(ebpf_digest_host_info)', (r) => r[0]?.value[1] === '3', 90_000);
});

test.afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
  await Promise.all(hosts.map((h) => h.cleanup()));
});

/** Per item (default kinds), how many of the three hosts support it / not / cannot tell, from each host's own answer. */
async function expectedCounts(request: APIRequestContext): Promise<Map<string, Record<Verdict, number>>> {
  const verdictsOf = async (base: string, headers = {}) =>
    ((await (await request.get(`${base}/api/probe`, { headers })).json()) as HostVerdicts).features.map((f) => ({
      key: `${f.kind}:${f.id}`,
      kind: f.kind,
      verdict: f.verdict,
    }));
  const byValue = Object.fromEntries(Object.entries(VERDICT_VALUE).map(([v, n]) => [String(n), v as Verdict]));
  const fromTextfile = parseExposition(await readFile(textfile, 'utf8'))
    .filter((s) => s.name === 'ebpf_digest_feature')
    .map((s) => ({ key: `${s.labels.kind}:${s.labels.id}`, kind: s.labels.kind, verdict: byValue[s.value]! }));
  const counts = new Map<string, Record<Verdict, number>>();
  for (const list of [await verdictsOf(siteA, { authorization: `Bearer ${TOKEN}` }), await verdictsOf(siteB), fromTextfile]) {
    for (const { key, kind, verdict } of list) {
      if (!(DEFAULT_METRIC_KINDS as readonly string[]).includes(kind)) continue;
      const c = counts.get(key) ?? { supported: 0, unsupported: 0, unknown: 0 };
      c[verdict]++;
      counts.set(key, c);
    }
  }
  return counts;
}

test('what Prometheus scrapes is valid: each site’s /metrics (the token one only with it) and the textfile', async ({ request }) => {
  expect((await request.get(`${siteA}/metrics`)).status()).toBe(403);
  const texts = [
    await (await request.get(`${siteA}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text(),
    await (await request.get(`${siteB}/metrics`)).text(),
    await readFile(textfile, 'utf8'),
  ];
  for (const text of texts) {
    expect(text).toContain('ebpf_digest_host_info{');
    if (PROMTOOL) expect(await promtoolCheckMetrics(text)).toEqual({ code: 0, output: '' });
  }
  const up = await waitForQuery(prometheus, 'up', (r) => r.length === 3 && r.every((s) => s.value[1] === '1'));
  expect(up.map((s) => s.metric.job).sort()).toEqual(['ebpf-digest', 'ebpf-digest-token', 'node']);
});

test('GET /api/fleet: the three hosts, and per item the counts their own verdicts give', async ({ request }) => {
  const response = await request.get(`${siteB}/api/fleet`);
  expect(response.status()).toBe(200);
  const fleet = (await response.json()) as FleetAnswer;
  expect(fleet.prometheus).toBe(prometheus);
  expect(fleet.hosts.map((h) => h.kernel).sort()).toEqual([KERNELS.node, KERNELS.a, KERNELS.b].sort());
  expect(fleet.hosts.find((h) => h.kernel === KERNELS.node)).toMatchObject({ job: 'node', btf: 'true', factsAt: expect.any(String) });
  for (const h of fleet.hosts) expect(Date.now() - Date.parse(h.lastSeen!)).toBeLessThan(60_000);
  expect(fleet.counts).toBe('counted');
  const expected = await expectedCounts(request);
  expect(fleet.items).toHaveLength(expected.size);
  for (const item of fleet.items) {
    const want = expected.get(`${item.kind}:${item.id}`);
    expect({ ...item }, `${item.kind}:${item.id}`).toEqual({ kind: item.kind, id: item.id, ...want, unreported: 0 });
  }
  // Something tells the hosts apart: a 5.11 feature the 4.19 lacks, the RHEL backport has, the 6.8 has.
  expect(fleet.items.find((i) => i.id === 'bpf-ima-inode-hash')).toBeDefined();
  expect(fleet.items.some((i) => i.supported > 0 && i.unsupported > 0)).toBe(true);
});

test('the page: hosts and counts; pick a feature, see who lacks it by kernel, follow it to its page', async ({ page, request }) => {
  const fleet = (await (await request.get(`${siteB}/api/fleet`)).json()) as FleetAnswer;
  const split = fleet.items.find((i) => i.kind === 'feature' && i.unsupported > 0 && i.supported > 0)!;
  await page.goto(`${siteB}/en/fleet`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.fleetTitle);
  await expect(page.getByTestId('fleet-summary')).toContainText(`3 hosts in Prometheus at ${prometheus}`);
  await expect(page.getByTestId('fleet-host')).toHaveCount(3);
  await expect(page.locator('[data-testid="fleet-host"][data-instance] [data-testid="fleet-host-kernel"]')).toHaveText(
    fleet.hosts.map((h) => h.kernel),
  );
  const row = page.locator(`[data-testid="fleet-item"][data-item="feature:${split.id}"]`);
  for (const v of ['supported', 'unsupported', 'unknown', 'unreported'] as const)
    await expect(row.locator(`[data-verdict="${v}"]`)).toHaveText(String(split[v]));

  // At phone width the tables scroll inside their boxes; the page itself does not scroll sideways.
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });

  // The form is a plain GET form: it works the same with or without JavaScript.
  await page.getByLabel(en.fleetItemLabel).selectOption(`feature:${split.id}`);
  await page.getByLabel(en.fleetGroupLabel).selectOption('kernel');
  await page.getByRole('button', { name: en.fleetShow }).click();
  await expect(page).toHaveURL(new RegExp(`\\?item=feature%3A${split.id}&group=kernel$`));
  const section = page.getByTestId('fleet-item-hosts');
  await expect(section.getByTestId('fleet-item-summary')).toContainText(`${split.unsupported} of 3 hosts lack it`);
  await expect(section.getByTestId('fleet-lacking').getByTestId('fleet-host')).toHaveCount(split.unsupported);
  // Groups in kernel order: 4.18 (RHEL), 4.19, 6.8.
  await expect(section.getByTestId('fleet-item-group')).toHaveCount(3);
  await expect(section.getByTestId('fleet-item-group').first()).toHaveAttribute('data-group', KERNELS.node);
  await expect(page.getByTestId('fleet-host-group')).toHaveCount(3);
  await section.getByRole('link', { name: /^What / }).click();
  await expect(page).toHaveURL(`${siteB}/en/features/${split.id}`);

  // A catalog row's "which hosts" keeps the grouping and names the entry.
  await page.goto(`${siteB}/en/fleet?group=distro`);
  const mapRow = page.locator('[data-testid="fleet-item"][data-item^="map-type:"]').first();
  const mapItem = (await mapRow.getAttribute('data-item'))!;
  await mapRow.getByRole('link', { name: en.fleetLackingLink }).click();
  await expect(page).toHaveURL(`${siteB}/en/fleet?item=${encodeURIComponent(mapItem)}&group=distro`);
  await expect(page.getByTestId('fleet-item-hosts')).toHaveAttribute('data-item', mapItem);
  await expect(page.getByTestId('fleet-item-hosts').getByRole('link', { name: /^What / })).toHaveAttribute(
    'href',
    `/en/map-types/${mapItem.slice('map-type:'.length)}`,
  );
});

test('the zh page: Chinese interface, no English interface words', async ({ page }) => {
  await page.goto(`${siteB}/zh/fleet?item=feature:bpf-ima-inode-hash&group=distro`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.fleetTitle);
  await expect(page.getByTestId('fleet-summary')).toContainText('3 台主机');
  const zhText = Object.values(zh).join('\n');
  const englishOnly = englishOnlyWords({ allowed: (s) => zhText.includes(s) });
  const text = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[lang="en"], .font-mono, code, pre, script, style').forEach((el) => el.remove());
    return clone.innerText;
  });
  expect(englishOnly.filter((s) => text.includes(s))).toEqual([]);
  expect(text).not.toMatch(/\{\w+\}/);
});

test('no serious accessibility violations, zh and en, at desktop and phone width (where the tables scroll)', async ({ page }) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  for (const lang of ['en', 'zh']) {
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${siteB}/${lang}/fleet?item=feature:bpf-ima-inode-hash&group=kernel`);
      const results = await new AxeBuilder({ page }).analyze();
      for (const v of results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'))
        problems.push(`${lang} ${width} ${v.id}: ${v.nodes[0]?.target}`);
    }
  }
  expect(problems).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page reads and the form works', async ({ page }) => {
    await page.goto(`${siteB}/en/fleet`);
    await expect(page.getByTestId('fleet-host')).toHaveCount(3);
    await page.getByLabel(en.fleetItemLabel).selectOption('feature:bpf-ima-inode-hash');
    await page.getByRole('button', { name: en.fleetShow }).click();
    await expect(page.getByTestId('fleet-item-hosts')).toHaveAttribute('data-item', 'feature:bpf-ima-inode-hash');
  });
});

test('with the recording rule the README gives, the same counts come from the rule', async ({ page, request }) => {
  const counted = ((await (await request.get(`${siteB}/api/fleet`)).json()) as FleetAnswer).items;
  await setRules(recordingRulesExample('1s'));
  await expect
    .poll(async () => ((await (await request.get(`${siteB}/api/fleet`)).json()) as FleetAnswer).counts, { timeout: 30_000 })
    .toBe('recorded');
  const recorded = (await (await request.get(`${siteB}/api/fleet`)).json()) as FleetAnswer;
  expect(recorded.items).toEqual(counted);
  await page.goto(`${siteB}/en/fleet`);
  await expect(page.getByTestId('fleet-counts-recorded')).toHaveText(en.fleetCountsRecorded);
});

test.describe('when Prometheus misbehaves or is not set up', () => {
  test('too slow: the page says so after the deadline, the API answers 504', async ({ page, request }) => {
    const started = Date.now();
    await page.goto(`${siteC}/en/fleet`);
    await expect(page.getByTestId('fleet-error')).toHaveAttribute('data-error', 'prometheus_timeout');
    await expect(page.getByTestId('fleet-error')).toContainText(en.fleetErrorTimeout);
    expect(Date.now() - started).toBeLessThan(15_000);
    const api = await request.get(`${siteC}/api/fleet`);
    expect(api.status()).toBe(504);
    expect(await api.json()).toMatchObject({ error: 'prometheus_timeout', message: expect.stringContaining('1500 ms') });
  });

  test('answering an error: 502 with its words; dropping the connection: 502 unreachable', async ({ page, request }) => {
    await page.goto(`${siteC}/zh/fleet?item=feature:bpf-ima-inode-hash`);
    await expect(page.getByTestId('fleet-error')).toHaveAttribute('data-error', 'prometheus_error');
    await expect(page.getByTestId('fleet-error')).toContainText(zh.fleetErrorPrometheus);
    await expect(page.getByTestId('fleet-error')).toContainText('query processing would load too many samples');
    expect((await request.get(`${siteC}/api/fleet?item=feature:bpf-ima-inode-hash`)).status()).toBe(502);
    const dropped = await request.get(`${siteC}/api/fleet?item=feature:task-local-storage`);
    expect(dropped.status()).toBe(502);
    expect(await dropped.json()).toMatchObject({ error: 'prometheus_unreachable' });
  });

  test('no PROMETHEUS_URL (the configured server): the page says how to set it up, the API 503', async ({ page, request }) => {
    await page.goto('/en/probe');
    await page.getByRole('link', { name: en.fleetFromProbe }).click();
    await expect(page).toHaveURL(/\/en\/fleet$/);
    await expect(page.getByTestId('fleet-setup')).toContainText('PROMETHEUS_URL');
    await expect(page.getByTestId('fleet-setup').locator('code').first()).toContainText('scrape_configs:');
    expect((await request.get('/api/fleet')).status()).toBe(503);
  });

  test('a bad choice: 400 and a message, never a query', async ({ page, request }) => {
    expect((await request.get(`${siteB}/api/fleet?item=helper:nope`)).status()).toBe(400);
    await page.goto(`${siteB}/en/fleet?item=helper:nope`);
    await expect(page.getByTestId('fleet-error')).toHaveAttribute('data-error', 'bad_request');
  });
});
