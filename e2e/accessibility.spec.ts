import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LANGS, PAGE_TYPES } from './pages';

/** The whole timeline holds ~1,000 links: axe on a slice of it checks the same template, faster. */
const AXE_PATH: Record<string, string> = { timeline: '?from=5.8&to=5.11' };

// The probe page has its own axe checks, with the live report loaded (e2e/probe.spec.ts).
for (const { name, path: fullPath } of PAGE_TYPES.filter((p) => p.name !== 'probe')) {
  const path = AXE_PATH[name] ?? fullPath;
  test(`${name}: no serious or critical axe violations, zh and en, light and dark`, async ({ page }) => {
    test.setTimeout(240_000);
    const problems: string[] = [];
    for (const lang of LANGS) {
      await page.goto(`/${lang}${path}`);
      // Open a few collapsibles so their contents are checked too (all of the timeline's would
      // make the run slow without checking anything new).
      await page.evaluate(() => [...document.querySelectorAll('details')].slice(0, 4).forEach((d) => (d.open = true)));
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const results = await new AxeBuilder({ page }).analyze();
        for (const v of results.violations) {
          if (v.impact === 'serious' || v.impact === 'critical') {
            problems.push(
              `${lang} ${colorScheme} ${v.id} (${v.impact}): ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(' | ')}`,
            );
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
}

test('keyboard: skip link first, then visible focus on links', async ({ page }) => {
  await page.goto('/en/issues/2');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

test('landmarks and headings: one h1, banner, main, contentinfo, navigation', async ({ page }) => {
  await page.goto('/en/features/bpf-ima-inode-hash');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});
