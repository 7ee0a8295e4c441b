import { expect, test } from '@playwright/test';

for (const [url, heading] of [
  ['/en/helpers/bpf_does_not_exist', 'Page not found'],
  ['/zh/helpers/bpf_does_not_exist', '页面不存在'],
  ['/en/features/no-such-feature', 'Page not found'],
  ['/zh/issues/999', '页面不存在'],
  ['/en/kfuncs/nope', 'Page not found'],
] as const) {
  test(`${url} is a proper 404`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('banner')).toBeVisible();
  });
}

test('an unknown language is a 404 in both languages', async ({ page }) => {
  const response = await page.goto('/fr/helpers');
  expect(response?.status()).toBe(404);
  await expect(page.getByText('页面不存在')).toBeVisible();
  await expect(page.getByText('Page not found')).toBeVisible();
});
