import { expect, test } from '@playwright/test';
import { ISSUE_2_FEATURE_IDS as FEATURE_IDS } from '../test/issue-2';

/** Code spans the digest writes as code, by feature. */
const CODE_SPANS: Record<string, string[]> = {
  'btf-kernel-modules': ['fentry', 'fexit', 'fmod_ret'],
  'so-prefer-busy-poll': ['SO_PREFER_BUSY_POLL'],
  'bpf-ima-inode-hash': ['bpf_ima_inode_hash()'],
  'bpf-bprm-opts-set': ['bpf_bprm_opts_set()'],
  'sockopt-in-inet-bind-hooks': ['bpf_getsockopt()', 'bpf_setsockopt()', 'BPF_CGROUP_INET4_BIND', 'BPF_CGROUP_INET6_BIND'],
  'bpf-ktime-get-coarse-ns': ['bpf_ktime_get_coarse_ns()'],
  'libbpf-set-attach-target-btf': ['bpf_program__set_attach_target()'],
};

test.describe('landing on a language', () => {
  test('an English browser lands on /en', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });

  test('any other browser lands on /zh', async ({ browser }) => {
    // The locale sets Accept-Language: French is neither zh nor en.
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await context.close();
  });
});

for (const lang of ['zh', 'en'] as const) {
  test(`issue 2 in ${lang}: all 14 items with their code spans, and the attribution`, async ({ page }) => {
    await page.goto(`/${lang}/issues`);
    await page.getByRole('link', { name: lang === 'zh' ? 'eBPF 今日头条 2' : 'eBPF Daily Headlines #2' }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/issues/2$`));

    const features = page.locator('[data-feature]');
    await expect(features).toHaveCount(14);
    expect(await features.evaluateAll((els) => els.map((el) => el.getAttribute('data-feature')))).toEqual([...FEATURE_IDS]);
    for (const id of FEATURE_IDS) {
      const block = page.locator(`[data-feature="${id}"]`);
      await expect(block.getByRole('heading')).toBeVisible();
      for (const code of CODE_SPANS[id] ?? []) {
        await expect(block.locator('code', { hasText: code }).first(), `${id}: ${code}`).toBeVisible();
      }
    }

    const attribution = page.getByTestId('attribution');
    await expect(attribution).toBeVisible();
    await expect(attribution).toContainText('eBPF Updates #2');
    await expect(attribution).toContainText('CC BY 4.0');
    await expect(attribution.getByRole('link', { name: 'https://ebpf.io/blog/ebpf-updates-2020-12/' })).toBeVisible();
  });
}

test('the Chinese original keeps the personal take; the English has it translated', async ({ page }) => {
  await page.goto('/zh/issues/2');
  await expect(page.getByRole('heading', { name: '个人理解' })).toBeVisible();
  await page.goto('/en/issues/2');
  await expect(page.getByRole('heading', { name: /personal take/i })).toBeVisible();
});

test('the language switch keeps the page', async ({ page }) => {
  await page.goto('/zh/issues/2');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/issues\/2$/);
  await expect(page.locator('[data-feature]')).toHaveCount(14);
});
