/**
 * A zh page shows no English interface words: every interface string of the en dictionary
 * that differs from its zh counterpart must be absent from the zh page's interface (the
 * digest's own prose and code names are content, not interface).
 */
import { expect, test } from '@playwright/test';
import { englishOnlyWords } from './english-words';
import { PAGE_TYPES } from './pages';

const englishOnly = englishOnlyWords();

test('zh pages have no untranslated interface strings', async ({ page }) => {
  test.setTimeout(120_000);
  for (const { path } of PAGE_TYPES) {
    await page.goto(`/zh${path}`);
    // The interface: everything but the digest's prose (.prose), catalog names (code/font-mono) and other-language links.
    const text = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.prose, [lang="en"], .font-mono, code, script, style, [data-content]').forEach((el) => el.remove());
      return clone.innerText;
    });
    const found = englishOnly.filter((s) => text.includes(s));
    expect(found, `English interface strings on /zh${path}`).toEqual([]);
    expect(text, `/zh${path}`).not.toMatch(/\{\w+\}/);
  }
});

// A Latin system font first would send every Chinese character through font fallback (slow layout).
test('Chinese pages name the CJK font first; English pages keep the system font', async ({ page }) => {
  await page.goto('/zh/issues/2');
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"Noto Sans CJK SC"/);
  await page.goto('/en/issues/2');
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^ui-sans-serif/);
});
