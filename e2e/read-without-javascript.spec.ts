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

test("a version's catalog list leads to the same entries in the kind's index", async ({ page }) => {
  await page.goto('/zh');
  const helpers = page.locator('[data-version="5.11"] details[data-kind="helper"]');
  await helpers.locator('summary').click();
  const count = Number(/\((\d+)\)/.exec(await helpers.locator('summary').innerText())?.[1]);
  expect(count).toBeGreaterThan(1);
  await helpers.getByRole('link', { name: new RegExp(`Linux 5\\.11 的全部 ${count} 项`) }).click();
  await expect(page).toHaveURL(/\/zh\/helpers#v5\.11$/);
  // From the anchor down, the 5.11 rows: as many as the timeline counted, bpf_ima_inode_hash among them.
  const rows = page.locator('tbody tr');
  const names = await rows.evaluateAll((trs) => {
    const start = trs.findIndex((tr) => tr.id === 'v5.11');
    const of511 = trs.slice(start).filter((tr) => tr.querySelectorAll('td')[1]?.textContent === '5.11');
    return of511.map((tr) => tr.querySelector('a')?.textContent);
  });
  expect(names).toHaveLength(count);
  expect(names).toContain('bpf_ima_inode_hash');
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
