/**
 * The Lighthouse scores that do not depend on timing — accessibility (100), best practices and
 * SEO (≥ 95) — on the timeline, an issue, a helper and the probe page: in both languages with the
 * desktop preset, and one of each with the mobile preset (a phone's viewport: touch target sizes,
 * legible font sizes). Performance is measured by `npm run bench:lighthouse` (a timing, so not a test).
 */
import { chromium, expect, test } from '@playwright/test';
import { findChromium } from '../scripts/find-browser.mjs';
import { launchChrome, losingAudits, PAGES, runLighthouse, scoreOf, TARGETS } from '../scripts/lighthouse-run.mjs';

const MOBILE = ['/zh', '/en/issues/2', '/zh/helpers/bpf_ima_inode_hash', '/en/probe'];
import { LANGS } from './pages';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;

test.describe('Lighthouse budgets', () => {
  // One Lighthouse at a time, on one Chromium: two at once on a small machine would time out.
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  let chrome: Awaited<ReturnType<typeof launchChrome>>;
  test.beforeAll(async () => {
    chrome = await launchChrome(findChromium()?.executablePath ?? chromium.executablePath());
  });
  test.afterAll(async () => {
    await chrome?.kill();
  });

  const check = (url: string, preset: 'mobile' | 'desktop') =>
    test(`${url}, ${preset}: accessibility 100, best practices and SEO ≥ 95`, async ({ baseURL }) => {
      const { lhr } = await runLighthouse(`${baseURL}${url}`, chrome, [...CATEGORIES], preset);
      for (const category of CATEGORIES) {
        expect(scoreOf(lhr, category), `${category}: ${losingAudits(lhr, category).join('; ')}`).toBeGreaterThanOrEqual(TARGETS[category]);
      }
    });
  for (const lang of LANGS) for (const page of PAGES) check(`/${lang}${page}`, 'desktop');
  for (const url of MOBILE) check(url, 'mobile');
});
