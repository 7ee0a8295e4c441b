import { expect, test } from '@playwright/test';
import { LANGS, PAGE_TYPES } from './pages';

const API_ROUTES = [
  '/api/features',
  '/api/catalog',
  '/api/search?q=ima',
  '/api/probe',
  '/en/feed.xml',
  '/sitemap.xml',
  '/robots.txt',
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

test('every page type carries a nonce CSP without unsafe-eval, and the security headers', async ({ request }) => {
  for (const lang of LANGS) {
    for (const { path } of PAGE_TYPES) {
      const response = await request.get(`/${lang}${path}`);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expectCommonHeaders(headers, `/${lang}${path}`);
      const csp = headers['content-security-policy'];
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce, `/${lang}${path}`).toBeTruthy();
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      // Every inline script on the page carries the nonce.
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
      for (const attributes of scripts) expect(attributes, 'script without the nonce').toContain(`nonce="${nonce}"`);
    }
  }
});

test('each request gets a fresh nonce', async ({ request }) => {
  const a = (await request.get('/en')).headers()['content-security-policy'];
  const b = (await request.get('/en')).headers()['content-security-policy'];
  expect(a).not.toBe(b);
});

test('API routes, feeds and text files carry the headers too', async ({ request }) => {
  for (const route of API_ROUTES) {
    const response = await request.get(route);
    expect(response.status(), route).toBe(200);
    expectCommonHeaders(response.headers(), route);
  }
});

test('no CSP violations in the console on any page type', async ({ page }) => {
  test.setTimeout(240_000);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
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
    const body = await response.text();
    expect(body, url).not.toMatch(/at .*\.(js|ts):\d+|node_modules|"name": "ebpf-digest"|root:x:0:0/);
  }
});
