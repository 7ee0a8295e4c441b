import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('the timeline reads fully and filters work as a plain form', async ({ page }) => {
  await page.goto('/zh');
  await expect(page.locator('[data-version="5.11"] [data-feature]')).toHaveCount(17);
  await page.getByText('筛选', { exact: true }).click();
  await page.getByLabel('安全').check();
  await page.getByRole('button', { name: '应用' }).click();
  await expect(page).toHaveURL(/category=security/);
  await expect(page.locator('[data-feature]')).toHaveCount(7);
});

test('an issue reads fully', async ({ page }) => {
  await page.goto('/en/issues/2');
  await expect(page.locator('[data-feature]')).toHaveCount(14);
  await expect(page.getByTestId('attribution')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Personal take' })).toBeVisible();
});

test('a feature page reads fully', async ({ page }) => {
  await page.goto('/zh/features/bpf-ima-inode-hash');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('bpf_ima_inode_hash');
  await expect(page.getByText('IMA')).not.toHaveCount(0);
  await expect(page.getByRole('link', { name: '在第 2 期中阅读' })).toBeVisible();
});

test('a helper page reads fully', async ({ page }) => {
  await page.goto('/en/helpers/bpf_ktime_get_coarse_ns');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('bpf_ktime_get_coarse_ns');
  await expect(page.getByRole('link', { name: 'New helper bpf_ktime_get_coarse_ns()' })).toBeVisible();
  await expect(page.getByText('Program types that may call it')).toBeVisible();
});

test('the language switch works without JavaScript', async ({ page }) => {
  await page.goto('/zh/issues/2');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/issues\/2$/);
});
