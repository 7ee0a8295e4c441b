/**
 * Security and caching headers, per kind of response. Reading pages are rendered once and kept
 * (scripts/serve.mjs): cacheable, with a CSP that lists the SHA-256 of each of their inline
 * scripts. Pages made per request (search, probe, a filtered timeline, a comparison) carry a fresh
 * nonce and are not stored. The browser runs the pages' own scripts and refuses any other.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inlineScriptHashes } from '../lib/server/inline-scripts.mjs';
import { freePort, waitFor } from '../scripts/serve-build.mjs';
import { LANGS, PAGE_TYPES } from './pages';

const PER_REQUEST = [
  '/search?q=ima',
  '/probe',
  '/probe/program-types?type=BPF_PROG_TYPE_XDP',
  '/fleet',
  '/compare?from=5.10&to=5.11',
  '?category=security',
];
const READING = [...PAGE_TYPES.filter(({ path }) => !PER_REQUEST.includes(path)).map(({ path }) => path), '/compare'];

const API_ROUTES = [
  '/api/features',
  '/api/catalog',
  '/api/search?q=ima',
  '/api/probe',
  '/en/feed.xml',
  '/sitemap.xml',
  '/robots.txt',
  '/humans.txt',
  '/collect.sh',
  '/search-index.json',
];

function expectCommonHeaders(headers: Record<string, string>, where: string) {
  expect(headers['x-content-type-options'], where).toBe('nosniff');
  expect(headers['referrer-policy'], where).toBeTruthy();
  expect(headers['permissions-policy'], where).toBeTruthy();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).not.toContain('unsafe-eval');
}

const scriptSrc = (csp: string) => /(?:^|;\s*)script-src ([^;]*)/.exec(csp)?.[1]?.trim().split(/\s+/) ?? [];
const hashesIn = (csp: string) =>
  scriptSrc(csp)
    .filter((s) => s.startsWith("'sha256-"))
    .map((s) => s.slice(8, -1));

/** A reading page's CSP allows this origin and exactly the page's own inline scripts. */
function expectHashCsp(csp: string, html: string, where: string) {
  const sources = scriptSrc(csp);
  expect(sources, where).not.toContain("'unsafe-inline'");
  expect(
    sources.filter((s) => !s.startsWith("'sha256-")),
    where,
  ).toEqual(["'self'"]);
  const hashes = inlineScriptHashes(html);
  expect(hashes.length, where).toBeGreaterThan(0);
  expect(new Set(hashesIn(csp)), where).toEqual(new Set(hashes));
  expect(html, where).not.toMatch(/\snonce="/);
}

test('reading pages are cacheable, and their CSP lists the hashes of exactly their inline scripts', async ({ request }) => {
  test.setTimeout(120_000);
  for (const lang of LANGS) {
    for (const page of READING) {
      const url = `/${lang}${page}`;
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      const headers = response.headers();
      expectCommonHeaders(headers, url);
      expect(headers['cache-control'], url).toBe('public, max-age=0, s-maxage=300, stale-while-revalidate=86400');
      expect(headers['etag'], url).toMatch(/^"[\w-]{27}(-br|-gzip)?"$/);
      expect(Date.parse(headers['last-modified'] ?? ''), url).toBeLessThanOrEqual(Date.now());
      expect(headers['vary'], url).toContain('Accept-Encoding');
      const html = await response.text();
      expectHashCsp(headers['content-security-policy']!, html, url);

      // Rendered once: the next request gets the same bytes and headers, or 304 with the tag.
      const again = await request.get(url);
      expect(again.headers()['etag'], url).toBe(headers['etag']);
      expect(again.headers()['content-security-policy'], url).toBe(headers['content-security-policy']);
      expect(await again.text(), url).toBe(html);
      const revalidated = await request.get(url, { headers: { 'if-none-match': headers['etag']! } });
      expect(revalidated.status(), url).toBe(304);
    }
  }
});

test('pages made per request carry a fresh nonce on every inline script and are not stored', async ({ request }) => {
  for (const lang of LANGS) {
    for (const page of PER_REQUEST) {
      const url = `/${lang}${page}`;
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      const headers = response.headers();
      expectCommonHeaders(headers, url);
      expect(headers['cache-control'], url).toMatch(/\bprivate\b.*\bno-store\b|\bno-store\b.*\bprivate\b/);
      expect(headers['etag'], url).toBeUndefined();
      const nonce = /'nonce-([^']+)'/.exec(headers['content-security-policy']!)?.[1];
      expect(nonce, url).toBeTruthy();
      expect(scriptSrc(headers['content-security-policy']!), url).not.toContain("'unsafe-inline'");
      const html = await response.text();
      // Every script that runs; an island's props are a data block (type="application/json"), which never runs.
      for (const [, attributes] of html.matchAll(/<script\b([^>]*)>/g)) {
        if (!attributes!.includes('type="application/json"')) expect(attributes, url).toContain(`nonce="${nonce}"`);
      }
      const next = (await request.get(url)).headers()['content-security-policy'];
      expect(next, url).not.toBe(headers['content-security-policy']);
    }
  }
});

test('nobody outside the server can ask for a page without a nonce', async ({ request }) => {
  for (const url of ['/en/search?q=ima', '/en/probe']) {
    const response = await request.get(url, { headers: { 'x-ebpf-digest-render': 'static' } });
    expect(response.headers()['content-security-policy'], url).toMatch(/'nonce-[^']+'/);
    expect(response.headers()['cache-control'], url).toContain('no-store');
  }
});

test('API routes, feeds and text files carry the headers too; the probe and search answers are not stored', async ({ request }) => {
  for (const route of API_ROUTES) {
    const response = await request.get(route);
    expect(response.status(), route).toBe(200);
    expectCommonHeaders(response.headers(), route);
  }
  expect((await request.get('/api/probe')).headers()['cache-control']).toContain('no-store');
  expect((await request.get('/api/probe', { headers: { authorization: 'Bearer x' } })).headers()['cache-control']).toContain('no-store');
  expect((await request.get('/api/search?q=ima')).headers()['cache-control'] ?? '').not.toMatch(/public|s-maxage/);
});

/** Console messages that report a CSP violation. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  return violations;
}

test('no CSP violations in the console on any page type', async ({ page }) => {
  test.setTimeout(240_000);
  const violations = cspViolations(page);
  for (const lang of LANGS) {
    for (const { path } of PAGE_TYPES) {
      await page.goto(`/${lang}${path}`);
      await page.waitForLoadState('networkidle');
    }
  }
  await page.goto('/en/helpers/no_such_helper');
  await page.goto('/fr/anything');
  expect(violations).toEqual([]);
});

test("an inline script added to a reading page is refused, while the page's own scripts run", async ({ page }) => {
  const violations = cspViolations(page);
  await page.route('**/en/issues/2', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('</body>', '<script>window.__injected = "ran"</script></body>');
    // The page's own headers, its CSP among them (the body is sent as text here, so not its coding).
    const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !/^content-(encoding|length)$/i.test(name)));
    expect(headers['content-security-policy']).toContain("'sha256-");
    await route.fulfill({ status: response.status(), headers, body: html });
  });
  await page.goto('/en/issues/2');
  // The page's own scripts ran (the theme's boot script, the islands bundle): the theme toggle is an island.
  await expect(page.getByTestId('theme-toggle')).toBeVisible();
  expect(await page.evaluate(() => (window as { __injected?: string }).__injected)).toBeUndefined();
  await expect.poll(() => violations.filter((v) => /inline script/i.test(v)).length).toBe(1);
});

test.describe('after a content change', () => {
  let server: ChildProcess | null = null;
  let contentDir = '';
  test.afterAll(() => {
    server?.kill('SIGTERM');
    if (contentDir) rmSync(contentDir, { recursive: true, force: true });
  });

  /** The production server on a copy of the content (the build the configured server made). */
  async function start(port: string) {
    server?.kill('SIGTERM');
    server = spawn(process.execPath, ['scripts/serve.mjs'], {
      env: { ...process.env, PORT: port, HOST: '127.0.0.1', CONTENT_DIR: contentDir, NODE_ENV: 'production' },
      stdio: 'ignore',
    });
    await waitFor(`http://127.0.0.1:${port}/en/credits`, 60_000);
  }

  test('the served page is the new one, with new validators, and its CSP matches it', async ({ request }) => {
    test.setTimeout(180_000);
    contentDir = mkdtempSync(path.join(os.tmpdir(), 'ebpf-digest-content-'));
    cpSync('content', contentDir, { recursive: true });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/en/issues/2`;
    await start(port);
    const before = await request.get(url);
    const oldHtml = await before.text();
    expectHashCsp(before.headers()['content-security-policy']!, oldHtml, 'before');

    const file = path.join(contentDir, 'issues/0002/en.mdx');
    const source = readFileSync(file, 'utf8');
    const changed = source.replace(/^title: .*$/m, 'title: "eBPF Daily Headlines #2, revised"');
    expect(changed).not.toBe(source);
    writeFileSync(file, changed);
    server!.kill('SIGTERM'); // the server keeps the content it loaded: a change is a restart
    await new Promise((resolve) => server!.once('exit', resolve));
    await start(port);

    const after = await request.get(url);
    const newHtml = await after.text();
    expect(newHtml).toContain('eBPF Daily Headlines #2, revised');
    expect(oldHtml).not.toContain('revised');
    expect(after.headers()['etag']).not.toBe(before.headers()['etag']);
    expect(Date.parse(after.headers()['last-modified']!)).toBeGreaterThanOrEqual(Date.parse(before.headers()['last-modified']!));
    // The page's inline scripts are its own (no flight data: lib/server/islands.mjs), so the hashes may be
    // the same as before; what counts is that they are the new page's.
    expectHashCsp(after.headers()['content-security-policy']!, newHtml, 'after');
  });
});

test('odd route parameters give 404 or 400, never a stack trace or a file', async ({ request }) => {
  const odd = [
    '/en/helpers/..%2f..%2fpackage.json',
    '/en/helpers/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/en/issues/..%2f..%2fcontent',
    `/en/features/${'a'.repeat(5000)}`,
    '/en/helpers/bpf_map_lookup_elem%00',
    '/en/helpers/BPF_MAP_LOOKUP_ELEM',
    '/EN/helpers/bpf_map_lookup_elem',
    '/en/explainers/..%5c..%5cREADME.md',
    '/en/issues/2%20OR%201=1',
    '/en/issues/-1',
  ];
  for (const url of odd) {
    const response = await request.get(url);
    expect([400, 404], url).toContain(response.status());
    expect(response.headers()['cache-control'] ?? '', url).not.toContain('public');
    const body = await response.text();
    expect(body, url).not.toMatch(/at .*\.(js|ts):\d+|node_modules|"name": "ebpf-digest"|root:x:0:0/);
  }
});
