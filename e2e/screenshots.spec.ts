/** Screenshots of each page type at desktop and phone width, zh and en: saved as test artifacts to look at. */
import { expect, test } from '@playwright/test';
import { LANGS, PAGE_TYPES } from './pages';

const WIDTHS = [1280, 375] as const;

for (const { name, path } of PAGE_TYPES) {
  test(`${name} at ${WIDTHS.join(' and ')} px, zh and en`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const lang of LANGS) {
        await page.goto(`/${lang}${path}`);
        // Nothing wider than the viewport: the page must not scroll sideways at 375 px.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `/${lang}${path} at ${width} px: horizontal overflow in px`).toBeLessThanOrEqual(0);
        const file = `artifacts/screenshots/${lang}-${name}-${width}.png`;
        await page.screenshot({ path: file });
        await testInfo.attach(`${lang}-${name}-${width}`, { path: file, contentType: 'image/png' });
      }
    }
  });
}

test('dark theme toggle is remembered across pages', async ({ page }) => {
  await page.goto('/en');
  const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', /dark|light/);
  const chosen = await page.locator('html').getAttribute('data-theme');
  const after = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(after).not.toBe(before);
  await page.goto('/en/issues/2');
  await expect(page.locator('html')).toHaveAttribute('data-theme', chosen!);
  await page.screenshot({ path: `artifacts/screenshots/en-issue-1280-${chosen}-toggled.png` });
});
