/** Searching: the header box (as you type, keyboard only), the search page, and both without JavaScript. */
import { expect, test, type Page } from '@playwright/test';
import { englishOnlyWords } from './english-words';

const HELPER = 'bpf_ima_inode_hash';
const XSS = '<img src=x onerror=alert(1)>';

const box = (page: Page) => page.getByTestId('site-search').getByRole('combobox');
const options = (page: Page) => page.getByTestId('site-search').getByRole('option');
const pageResults = (page: Page) => page.getByTestId('search-results').locator(':scope > li');

async function resultIds(page: Page): Promise<string[]> {
  const items = pageResults(page);
  await expect(items.first()).toBeVisible();
  return items.evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-kind')}:${li.getAttribute('data-id')}`));
}

test('press /, type a helper name: the helper and its digest feature lead, Enter opens the first', async ({ page }) => {
  await page.goto('/en/issues/2');
  await page.locator('body').press('/');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type(HELPER);
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(options(page).first()).toHaveAttribute('data-id', HELPER);
  const firstTwo = await options(page).evaluateAll((lis) =>
    lis.slice(0, 2).map((li) => `${li.getAttribute('data-kind')}:${li.getAttribute('data-id')}`),
  );
  expect(firstTwo).toEqual([`helper:${HELPER}`, 'feature:bpf-ima-inode-hash']);
  // The match is marked in the title, as text.
  await expect(options(page).first().locator('mark')).toHaveText(HELPER);
  // Counts per kind are shown.
  await expect(page.getByTestId('site-search')).toContainText('Helpers 1');

  await page.keyboard.press('ArrowDown');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await options(page).first().getAttribute('id'))!);
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/en/helpers/${HELPER}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HELPER);
});

test('↑ ↓ move through the list, Esc closes it, Enter without a choice opens the search page', async ({ page }) => {
  await page.goto('/zh');
  await box(page).click();
  await page.keyboard.type('ima');
  // Wait for the results of the whole query (those of "i" and "im" may show first).
  await expect(options(page).first()).toHaveAttribute('data-id', HELPER);
  const count = await options(page).count();
  await page.keyboard.press('ArrowUp'); // wraps to the last option: "all results"
  await expect(options(page).nth(count - 1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown'); // wraps to the first
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(box(page)).toHaveValue('ima');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/search\?q=ima$/);
  await expect(pageResults(page).first()).toHaveAttribute('data-id', HELPER);
});

test('the search page URL is the result list: a new page gets the same results as the box', async ({ page, context }) => {
  await page.goto('/en');
  await box(page).fill('coarse');
  await expect(options(page).first()).toHaveAttribute('data-id', 'bpf_ktime_get_coarse_ns');
  const fromBox = await options(page).evaluateAll((lis) =>
    lis.filter((li) => li.hasAttribute('data-id')).map((li) => `${li.getAttribute('data-kind')}:${li.getAttribute('data-id')}`),
  );
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/en\/search\?q=coarse$/);
  const fromPage = await resultIds(page);
  expect(fromPage.slice(0, fromBox.length)).toEqual(fromBox);

  const copy = await context.newPage();
  await copy.goto(page.url());
  expect(await resultIds(copy)).toEqual(fromPage);
  await expect(copy.getByRole('searchbox', { name: 'Search the site' }).last()).toHaveValue('coarse');
});

test('the index is fetched only once someone searches', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/search-index.json')) fetched.push(r.url());
  });
  await page.goto('/zh/helpers');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await box(page).focus();
  await expect.poll(() => fetched.length).toBe(1);
});

test.describe('without JavaScript', () => {
  test('the search page shows the same first result, and the header box is a plain form', async ({ browser }) => {
    const withJs = await browser.newPage();
    await withJs.goto(`/zh/search?q=${HELPER}`);
    const expected = await resultIds(withJs);
    await withJs.close();

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/zh/search?q=${HELPER}`);
    expect(await resultIds(page)).toEqual(expected);
    expect(expected.slice(0, 2)).toEqual([`helper:${HELPER}`, 'feature:bpf-ima-inode-hash']);
    // Counts per kind as links that filter.
    await page.getByRole('link', { name: /^特性 1$/ }).click();
    await expect(page).toHaveURL(/kind=feature/);
    expect(await resultIds(page)).toEqual(['feature:bpf-ima-inode-hash']);

    // The header box submits a GET to the search page.
    await page.goto('/zh/issues/2');
    await box(page).fill('忙轮询');
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/zh\/search\?q=%E5%BF%99%E8%BD%AE%E8%AF%A2$/);
    await expect(pageResults(page).first()).toHaveAttribute('data-id', 'so-prefer-busy-poll');
    await context.close();
  });
});

test('a query of HTML shows as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto('/en');
  await box(page).fill(XSS);
  await expect(page.getByTestId('site-search')).toContainText(`Nothing found for “${XSS}”`);
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/en\/search\?q=/);
  await expect(page.getByRole('heading', { name: `Nothing found for “${XSS}”.` })).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.locator('#search-page-q')).toHaveValue(XSS);
  // The API answers with JSON, the query echoed as data.
  const res = await page.request.get(`/api/search?q=${encodeURIComponent(XSS)}`);
  expect(res.status()).toBe(200);
  expect((await res.json()).query).toBe(XSS);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});

test('the API refuses a missing or over-long query with a JSON error', async ({ request }) => {
  for (const qs of ['', '?q=', `?q=${'x'.repeat(201)}`]) {
    const res = await request.get(`/api/search${qs}`);
    expect(res.status()).toBe(400);
    expect(typeof (await res.json()).error).toBe('string');
  }
  const ok = await request.get(`/api/search?q=${HELPER}&lang=en&limit=2`);
  const body = await ok.json();
  expect(body.results.map((r: { kind: string; id: string }) => `${r.kind}:${r.id}`)).toEqual([
    `helper:${HELPER}`,
    'feature:bpf-ima-inode-hash',
  ]);
});

test('the zh search page and the open list show no English interface words', async ({ page }) => {
  const englishOnly = englishOnlyWords({
    keys: (key) => key.startsWith('search') || key.startsWith('kind') || key.startsWith('lang'),
    allowed: (s) => ['kfunc', 'kfuncs'].includes(s),
  });
  await page.goto(`/zh/search?q=${HELPER}`);
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await box(page).fill('ima');
  await expect(options(page).first()).toHaveAttribute('data-id', HELPER);
  const text = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.prose, [lang="en"], .font-mono, code, script, style').forEach((el) => el.remove());
    return clone.innerText;
  });
  expect(englishOnly.filter((s) => text.includes(s))).toEqual([]);
  const attributes = await page.evaluate(() =>
    [...document.querySelectorAll('[aria-label], [placeholder], [title]')].map((el) =>
      ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? '').join(' '),
    ),
  );
  expect(englishOnly.filter((s) => attributes.some((a) => a.includes(s)))).toEqual([]);
});

test('the search page and the open list pass axe (serious and critical)', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  for (const lang of ['zh', 'en']) {
    await page.goto(`/${lang}/search?q=ima`);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await box(page).fill('ringbuf');
    await expect(options(page).first()).toHaveAttribute('data-id', 'BPF_MAP_TYPE_RINGBUF');
    await page.keyboard.press('ArrowDown');
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
    expect(bad, lang).toEqual([]);
  }
});
