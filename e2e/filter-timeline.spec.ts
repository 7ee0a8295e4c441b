import { expect, test } from '@playwright/test';

test('choose a category and a kernel range: the URL changes, reload keeps it, the list matches', async ({ page }) => {
  await page.goto('/en');
  await page.getByText('Filters', { exact: true }).click();
  const form = page.getByRole('form', { name: 'Filters' });
  await form.getByLabel('Security').check();
  await form.getByLabel('From kernel').selectOption('5.10');
  await form.getByLabel('To kernel').selectOption('5.11');
  await form.getByRole('button', { name: 'Apply' }).click();

  await expect(page).toHaveURL(/category=security/);
  await expect(page).toHaveURL(/from=5\.10/);
  await expect(page).toHaveURL(/to=5\.11/);

  const check = async () => {
    await expect(page.locator('[data-version]')).toHaveCount(1);
    await expect(page.locator('[data-version="5.11"] [data-feature]')).toHaveCount(4);
    const ids = await page.locator('[data-feature]').evaluateAll((els) => els.map((e) => e.getAttribute('data-feature')));
    expect(ids.sort()).toEqual(['bpf-bprm-opts-set', 'bpf-ima-inode-hash', 'htab-large-keys', 'task-local-storage']);
    await expect(page.getByLabel('Security')).toBeChecked();
    await expect(page.getByLabel('From kernel')).toHaveValue('5.10');
  };
  await check();
  await page.reload();
  await check();
});

test('kind and digest-only filters', async ({ page }) => {
  await page.goto('/en?kind=map-type&from=5.8&to=5.8');
  await expect(page.locator('[data-version]')).toHaveCount(1);
  await expect(page.locator('[data-kind="map-type"]')).toContainText('Map types');
  await expect(page.locator('[data-kind="helper"]')).toHaveCount(0);

  await page.goto('/en?digest=1');
  const versions = await page.locator('[data-version]').evaluateAll((els) => els.map((e) => e.getAttribute('data-version')));
  expect(versions).toEqual(['5.13', '5.12', '5.11']);
  await expect(page.locator('[data-kind]')).toHaveCount(0);
});

test('a bad filter is ignored, not an error', async ({ page }) => {
  const response = await page.goto('/en?from=..%2f..%2fetc&category=<script>&kind=nope');
  expect(response?.status()).toBe(200);
  expect(await page.locator('[data-version]').count()).toBeGreaterThan(40);
});
