/** Comparing two kernel versions, on the page (with and without JavaScript) and through /api/compare; then with a kept host report. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectHostFacts } from '../lib/server/collect/host-facts';
import { KEPT_FACTS_STORAGE_KEY } from '../lib/host-facts/storage';
import type { HostFacts } from '../lib/host-facts/schema';
import { materializeHostFixture } from '../test/helpers/host-fixtures';
import { ISSUE_1_KERNEL_FEATURE_IDS } from '../test/digest-issues';
import { ISSUE_2_KERNEL_FEATURE_IDS } from '../test/issue-2';

/** What landed in 5.11 from the digest: issue 1's and issue 2's kernel records. */
const KERNEL_5_11_FEATURES = [...ISSUE_1_KERNEL_FEATURE_IDS, ...ISSUE_2_KERNEL_FEATURE_IDS];

async function expectFiveTenToFiveEleven(page: Page) {
  await expect(page).toHaveURL(/from=5\.10&to=5\.11/);
  const features = page.getByTestId('compare-features');
  const ids = await features.locator('[data-feature]').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-feature')))]);
  expect(ids.sort()).toEqual([...KERNEL_5_11_FEATURES].sort());
  const helpers = page.locator('[data-kind="helper"]');
  await expect(helpers.locator('[data-entry="bpf_ima_inode_hash"]')).toBeVisible();
  await expect(helpers.getByRole('link', { name: 'bpf_ima_inode_hash' })).toHaveAttribute('href', /\/helpers\/bpf_ima_inode_hash$/);
}

test('compare 5.10 → 5.11 with the pickers: bpf_ima_inode_hash and the kernel features of issues 1 and 2', async ({ page }) => {
  await page.goto('/en/compare');
  await page.getByTestId('compare-from').selectOption('5.10');
  await page.getByTestId('compare-to').selectOption('5.11');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expectFiveTenToFiveEleven(page);
  await expect(page.getByTestId('compare-summary')).toHaveText(
    /25 changes after Linux 5\.10, up to and including 5\.11: 17 digest features and 8 catalog entries\./,
  );
  // Links lead on to the feature pages.
  await page.getByTestId('compare-features').getByRole('link', { name: 'New helper bpf_ima_inode_hash()' }).first().click();
  await expect(page).toHaveURL(/\/en\/features\/bpf-ima-inode-hash$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the pickers are a plain form', async ({ page }) => {
    await page.goto('/zh/compare');
    await page.getByTestId('compare-from').selectOption('5.10');
    await page.getByTestId('compare-to').selectOption('5.11');
    await page.getByRole('button', { name: '对比' }).click();
    await expectFiveTenToFiveEleven(page);
    await expect(page.getByTestId('compare-summary')).toContainText('Linux 5.10 之后(含 5.11)共 25 项变化');
  });
});

test('a bad range says what is wrong and keeps the form', async ({ page }) => {
  await page.goto('/zh/compare?from=6.1&to=5.4');
  await expect(page.getByTestId('compare-error')).toHaveText('起始版本(6.1)必须早于截止版本(5.4)。');
  await expect(page.getByTestId('compare-from')).toHaveValue('6.1');
  await page.goto('/en/compare?from=5.10&to=latest');
  await expect(page.getByTestId('compare-error')).toHaveText('“latest” is not a kernel version (expected X.Y, such as 5.4).');
  await expect(page.getByTestId('compare-results')).toHaveCount(0);
});

test('GET /api/compare: the same as JSON; a bad version is a 400 with a message', async ({ request }) => {
  const ok = await request.get('/api/compare?from=5.10&to=5.11');
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.counts).toMatchObject({ features: 17, catalog: 8, total: 25 });
  expect(body.features.map((f: { id: string }) => f.id).sort()).toEqual([...KERNEL_5_11_FEATURES].sort());
  expect(body.catalog.find((g: { kind: string }) => g.kind === 'helper').entries.map((e: { name: string }) => e.name)).toContain(
    'bpf_ima_inode_hash',
  );

  for (const [query, message] of [
    ['from=5.10&to=abc', /"abc" is not a kernel version/],
    ['from=5.10', /to is missing/],
    ['from=6.1&to=5.4', /must be an earlier kernel/],
  ] as const) {
    const bad = await request.get(`/api/compare?${query}`);
    expect(bad.status(), query).toBe(400);
    expect((await bad.json()).error).toMatch(message);
  }
});

test('the page does not scroll sideways on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const lang of ['zh', 'en']) {
    await page.goto(`/${lang}/compare?from=5.4&to=5.15`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${lang}: horizontal overflow in px`).toBeLessThanOrEqual(0);
  }
});

test.describe('compare with a kept host report', () => {
  let facts: HostFacts;
  test.beforeAll(async () => {
    const host = await materializeHostFixture('rhel8-418');
    facts = await collectHostFacts({ roots: host.roots, io: host.io, now: () => new Date('2026-01-01T00:00:00Z') });
    await host.cleanup();
  });

  test("decides by the report's BTF, in the browser, and sends the report nowhere", async ({ page }) => {
    const kept = [{ name: 'rhel8 box', savedAt: '2026-01-01T00:00:00.000Z', facts }];
    await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
      KEPT_FACTS_STORAGE_KEY,
      JSON.stringify(kept),
    ] as const);
    const sent: string[] = [];
    page.on('request', (r) => {
      const body = r.postData() ?? '';
      if (body.includes('4.18.0-305') || r.url().includes('4.18.0-305')) sent.push(r.url());
    });

    await page.goto('/en/compare?from=4.18&to=5.11');
    const panel = page.getByTestId('compare-host');
    await expect(panel.getByTestId('compare-host-select')).toHaveValue('rhel8 box');
    await expect(panel.getByTestId('compare-host-summary')).toContainText('rhel8 box, kernel 4.18.0-305.el8.x86_64: has');
    // Backported to 4.18 by RHEL: BTF says yes although the version says no…
    const ringbuf = panel.locator('[data-host-item="helper:bpf_ringbuf_output"]');
    await expect(ringbuf).toHaveAttribute('data-verdict', 'supported');
    await expect(ringbuf).toContainText('backported');
    // …and 5.11's ima_inode_hash is not there.
    await expect(panel.locator('[data-host-item="helper:bpf_ima_inode_hash"]')).toHaveAttribute('data-verdict', 'unsupported');
    expect(sent).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const lang of ['zh', 'en'] as const) {
      test(`${lang}, ${colorScheme}: no serious or critical axe violations, results and host panel open`, async ({ page }) => {
        test.slow();
        await page.emulateMedia({ colorScheme });
        await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
          KEPT_FACTS_STORAGE_KEY,
          JSON.stringify([{ name: 'rhel8 box', savedAt: '2026-01-01T00:00:00.000Z', facts }]),
        ] as const);
        await page.goto(`/${lang}/compare?from=5.10&to=5.11`);
        await expect(page.getByTestId('compare-host-summary')).toBeVisible();
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const results = await new AxeBuilder({ page }).analyze();
        const bad = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id} (${v.impact}): ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(' | ')}`,
          );
        expect(bad).toEqual([]);
      });
    }
  }

  test('with nothing kept, it says where to get a report', async ({ page }) => {
    await page.goto('/zh/compare?from=5.10&to=5.11');
    await expect(page.getByTestId('compare-host-none')).toContainText('本浏览器中还没有保存主机报告');
    await expect(page.getByTestId('compare-host-none').getByRole('link')).toHaveAttribute('href', '/zh/probe');
  });
});
