/** Reading pages ship no JavaScript of ours beyond small islands: ≤ 1.10 × a bare page's first-load JS. */
import { expect, test } from '@playwright/test';
import { BARE_PAGE, BUDGET, firstLoadJs, READING_PAGES } from '../scripts/page-weight.mjs';

test('first-load JS of reading pages stays within 1.10 × the bare page', async ({ baseURL }) => {
  const bare = await firstLoadJs(baseURL!, `/en${BARE_PAGE}`);
  expect(bare).toBeGreaterThan(0);
  for (const lang of ['en', 'zh']) {
    for (const path of READING_PAGES) {
      const bytes = await firstLoadJs(baseURL!, `/${lang}${path}`);
      expect(bytes / bare, `/${lang}${path}: ${bytes} B vs bare ${bare} B`).toBeLessThanOrEqual(BUDGET);
    }
  }
});

// Links are plain <a>: next/link would prefetch every link in view (dozens of RSC requests, each
// parsed on the main thread) and make each link a client component to hydrate.
test('reading pages prefetch nothing on load', async ({ page }) => {
  const prefetches: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('_rsc=') || request.headers()['rsc'] === '1') prefetches.push(request.url());
  });
  for (const path of READING_PAGES) {
    await page.goto(`/en${path}`, { waitUntil: 'networkidle' });
  }
  expect(prefetches).toEqual([]);
});
