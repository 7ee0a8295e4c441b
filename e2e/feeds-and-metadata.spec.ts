import { expect, test } from '@playwright/test';
import { RECORD_COUNT } from '../test/digest-issues';

test('each language has an RSS feed with one item per issue', async ({ request }) => {
  for (const lang of ['zh', 'en']) {
    const response = await request.get(`/${lang}/feed.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('xml');
    const xml = await response.text();
    expect(xml).toContain('<rss');
    expect(xml).toContain(`/${lang}/issues/2`);
  }
});

test('sitemap with language alternates, and robots.txt', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/zh/issues/2');
  expect(sitemap).toMatch(/hreflang="en"[^>]*\/en\/issues\/2/);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test('pages carry canonical, hreflang alternates with x-default, Open Graph and Twitter metadata', async ({ page }) => {
  await page.goto('/en/issues/2');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/issues\/2$/);
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', /\/zh\/issues\/2$/);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /\/zh\/issues\/2$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'eBPF Daily Headlines #2');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
});

test('the JSON APIs', async ({ request }) => {
  const features = await (await request.get('/api/features')).json();
  expect(features.features).toHaveLength(RECORD_COUNT);
  expect(features.features.find((f: { id: string }) => f.id === 'bpf-ima-inode-hash')).toMatchObject({
    issue: 2,
    kernel: '5.11',
    categories: ['security'],
    helpers: ['bpf_ima_inode_hash'],
    title: { zh: expect.any(String), en: 'New helper bpf_ima_inode_hash()' },
    url: '/zh/features/bpf-ima-inode-hash',
  });
  const catalog = await (await request.get('/api/catalog')).json();
  expect(catalog.entries.find((e: { name: string }) => e.name === 'bpf_ima_inode_hash')).toMatchObject({ kind: 'helper', kernel: '5.11' });
  expect(new Set(catalog.entries.map((e: { kind: string }) => e.kind))).toEqual(
    new Set(['helper', 'program-type', 'map-type', 'attach-type', 'kfunc']),
  );
});
