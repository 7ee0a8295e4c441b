/**
 * The Lighthouse scores that do not depend on timing — accessibility (100), best practices and
 * SEO (≥ 95) — on the timeline, an issue, a helper and the probe page, in both languages.
 * Performance is measured by `npm run bench:lighthouse` (a timing, so not a test).
 */
import { chromium, expect, test } from '@playwright/test';
import { findChromium } from '../scripts/find-browser.mjs';
import { launchChrome, losingAudits, PAGES, runLighthouse, scoreOf, TARGETS } from '../scripts/lighthouse-run.mjs';
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

  for (const lang of LANGS) {
    for (const page of PAGES) {
      test(`/${lang}${page}: accessibility 100, best practices and SEO ≥ 95`, async ({ baseURL }) => {
        const { lhr } = await runLighthouse(`${baseURL}/${lang}${page}`, chrome, [...CATEGORIES]);
        for (const category of CATEGORIES) {
          expect(scoreOf(lhr, category), `${category}: ${losingAudits(lhr, category).join('; ')}`).toBeGreaterThanOrEqual(
            TARGETS[category],
          );
        }
      });
    }
  }
});
