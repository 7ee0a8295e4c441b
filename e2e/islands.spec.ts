/**
 * Reading pages and the probe page go without Next's runtime: their HTML loads no Next chunk and
 * carries no flight data, one module script mounts the islands (components/islands.ts), and each
 * island works there. Other pages made per request (search, fleet, a comparison) keep Next's runtime.
 */
import { expect, test, type Page } from '@playwright/test';
import { LANGS, PAGE_TYPES } from './pages';

const READING = PAGE_TYPES.filter((p) => !['search', 'probe', 'probe-program-type', 'fleet', 'compare'].includes(p.name));

/** Loads a page, recording the scripts it fetched and what it printed to the console as errors. */
async function open(page: Page, path: string) {
  const scripts: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(path, { waitUntil: 'networkidle' });
  return { scripts, errors };
}

for (const lang of LANGS) {
  test(`/${lang}: every reading page type loads the islands bundle and no Next chunk, without errors`, async ({ page, request }) => {
    for (const { name, path } of READING) {
      const html = await (await request.get(`/${lang}${path}`)).text();
      expect(html, name).not.toMatch(/\/_next\/static\/chunks\/[^"]*\.js|self\.__next_f|TURBOPACK/);
      expect(html.match(/<script type="module" src="\/_islands\/boot-[\w-]+\.js"><\/script>/g), name).toHaveLength(1);
      const { scripts, errors } = await open(page, `/${lang}${path}`);
      expect(
        scripts.filter((s) => s.startsWith('/_next/')),
        name,
      ).toEqual([]);
      expect(
        scripts.some((s) => s.startsWith('/_islands/boot-')),
        name,
      ).toBe(true);
      expect(errors, name).toEqual([]);
      page.removeAllListeners();
    }
  });
}

test('the probe page, made per request, goes without Next too: its islands module carries the response nonce', async ({
  page,
  request,
}) => {
  for (const lang of LANGS) {
    const response = await request.get(`/${lang}/probe`);
    const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy']!)![1]!;
    expect(response.headers()['cache-control']).toContain('no-store');
    const html = await response.text();
    expect(html).not.toMatch(/\/_next\/static\/chunks\/[^"]*\.js|self\.__next_f|TURBOPACK/);
    expect(html).toContain(`<script type="module" nonce="${nonce}" src="/_islands/boot-`);
    const { scripts, errors } = await open(page, `/${lang}/probe`);
    expect(scripts.filter((s) => s.startsWith('/_next/'))).toEqual([]);
    await expect(page.getByTestId('probe')).toHaveAttribute('data-state', 'ready');
    expect(errors).toEqual([]);
    page.removeAllListeners();
  }
});

test('pages made per request keep Next runtime', async ({ request }) => {
  for (const path of ['/en/search?q=ima', '/en/compare?from=5.10&to=5.11', '/en/credits?bare', '/en/fleet']) {
    const html = await (await request.get(path)).text();
    expect(html, path).toMatch(/<script src="\/_next\/static\/chunks\/[^"]+\.js"/);
    expect(html, path).not.toContain('/_islands/');
  }
});

test('the islands bundle is served as JavaScript, compressed and kept a year; an unknown name is a 404', async ({ request }) => {
  const html = await (await request.get('/en')).text();
  const boot = /src="(\/_islands\/boot-[\w-]+\.js)"/.exec(html)![1]!;
  const response = await request.get(boot, { headers: { 'accept-encoding': 'br, gzip' } });
  expect(response.status()).toBe(200);
  expect(response.headers()).toMatchObject({
    'content-type': 'text/javascript; charset=utf-8',
    'content-encoding': 'br',
    'cache-control': 'public, max-age=31536000, immutable',
  });
  expect((await request.get('/_islands/boot-nothing.js')).status()).toBe(404);
});

test('the islands work where Next is not: theme, search box, host badges, catalog lists, callable here', async ({ page }) => {
  await open(page, '/en/helpers/bpf_ima_inode_hash');
  // The probe answers here (the test server listens on loopback): badges and "callable here from".
  await expect(page.locator('[data-host-badge] > *').first()).toBeVisible();
  await expect(page.getByTestId('callable-here')).toBeVisible();
  // The theme toggle switches and the choice is kept.
  const before = await page.locator('html').getAttribute('data-theme');
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', before ?? '');
  // The search box suggests as one types; ↓ Enter opens the first suggestion (e2e/search.spec.ts has the rest).
  const box = page.getByRole('combobox');
  await box.fill('bpf_ima_file_hash');
  await expect(page.getByRole('option').first()).toHaveAttribute('data-id', 'bpf_ima_file_hash');
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/en\/helpers\/bpf_ima_file_hash$/);
  // On the timeline, a version's catalog list is filled when opened.
  await open(page, '/en');
  const kinds = page.locator('li[data-version="5.11"] details[data-kind]').first();
  await kinds.locator('summary').click();
  await expect(kinds.locator('[data-catalog-list] li a').first()).toBeVisible();
});

test('an #anchor is held in view while the page settles, never against the reader', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 740 });
  await page.goto('/zh#v5.10');
  await expect(page.locator('#v5\\.10-h')).toBeInViewport();
  await page.mouse.move(600, 400);
  await page.mouse.wheel(0, -3000);
  await expect(page.locator('li[data-version] [data-host-badge] > *').first()).toBeAttached();
  await page.waitForTimeout(500); // a hold that had not let go would have scrolled back by now
  await expect(page.locator('#v5\\.10-h')).not.toBeInViewport();
});
