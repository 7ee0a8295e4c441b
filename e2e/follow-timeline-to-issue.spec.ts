import { expect, test } from '@playwright/test';

test('timeline → 5.11 → a feature → one of its helpers → the issue anchor → back to the timeline', async ({ page }) => {
  await page.goto('/en');
  const v511 = page.locator('[data-version="5.11"]');
  await expect(v511.getByRole('heading', { level: 2 })).toContainText('Linux 5.11');
  await expect(v511.locator('time')).toHaveAttribute('datetime', '2021-02-14');

  await v511.getByRole('link', { name: 'New helper bpf_ima_inode_hash()' }).click();
  await expect(page).toHaveURL(/\/en\/features\/bpf-ima-inode-hash$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New helper bpf_ima_inode_hash()');

  await page.getByRole('link', { name: 'bpf_ima_inode_hash', exact: true }).first().click();
  await expect(page).toHaveURL(/\/en\/helpers\/bpf_ima_inode_hash$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('bpf_ima_inode_hash');
  await expect(page.getByText('Linux 5.11').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'docs.ebpf.io' })).toHaveAttribute(
    'href',
    /docs\.ebpf\.io\/linux\/helper-function\/bpf_ima_inode_hash/,
  );
  await expect(page.getByRole('link', { name: 'BPF_PROG_TYPE_LSM' }).first()).toBeVisible();

  await page.getByRole('link', { name: '(Source: #2)' }).click();
  await expect(page).toHaveURL(/\/en\/issues\/2#bpf-ima-inode-hash$/);
  const block = page.locator('#bpf-ima-inode-hash');
  await expect(block).toBeInViewport();

  await block.getByRole('link', { name: 'Linux 5.11' }).click();
  await expect(page).toHaveURL(/\/en#v5\.11$/);
  await expect(page.locator('[data-version="5.11"]')).toBeInViewport();
});

test('read the CO-RE explainer in zh, switch to en on the same page, follow a link to a feature', async ({ page }) => {
  await page.goto('/zh/explainers/co-re');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('CO-RE');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/explainers\/co-re$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const relying = page.getByRole('region', { name: 'Features that rely on this' });
  await relying.getByRole('link', { name: 'BTF for kernel modules' }).click();
  await expect(page).toHaveURL(/\/en\/features\/btf-kernel-modules$/);
  await expect(page.getByRole('link', { name: /CO-RE/ })).toBeVisible();
});

test('feature and issue pages link back to their explainers', async ({ page }) => {
  await page.goto('/zh/issues/2');
  await page.getByRole('navigation', { name: '背景知识' }).getByRole('link', { name: /BTF/ }).click();
  await expect(page).toHaveURL(/\/zh\/explainers\/btf$/);
});

// The catalog lists under each version are not in the page: opening one puts it there (TimelineCatalogLists).
test("timeline → 5.11's helpers → a helper page, in zh; every entry the summary counts is a link", async ({ page }) => {
  await page.goto('/zh');
  const helpers = page.locator('[data-version="5.11"] details[data-kind="helper"]');
  await helpers.locator('summary').click();
  const count = Number(/\((\d+)\)/.exec((await helpers.locator('summary').innerText()) ?? '')?.[1]);
  await expect(helpers.getByRole('listitem')).toHaveCount(count);
  await expect(helpers.getByRole('link')).toHaveCount(count);
  await helpers.getByRole('link', { name: 'bpf_ima_inode_hash', exact: true }).click();
  await expect(page).toHaveURL(/\/zh\/helpers\/bpf_ima_inode_hash$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('bpf_ima_inode_hash');
});

for (const width of [375, 1280]) {
  test(`an anchor lands with its heading in view, not under the header (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    for (const [url, heading] of [
      ['/zh#v5.10', '#v5\\.10-h'],
      ['/en/issues/2#bpf-ima-inode-hash', '#bpf-ima-inode-hash-title'],
    ]) {
      await page.goto(url);
      await expect(page.locator(heading)).toBeInViewport();
      // The sticky header (when it is sticky) must not cover the heading, once the sections near it
      // are laid out (the browser keeps the anchor in place meanwhile).
      await expect
        .poll(
          () =>
            page.evaluate((selector) => {
              const header = document.querySelector('header')!;
              const top = document.querySelector(selector)!.getBoundingClientRect().top;
              return top - (getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0);
            }, heading),
          { message: url },
        )
        .toBeGreaterThanOrEqual(0);
    }
  });
}
