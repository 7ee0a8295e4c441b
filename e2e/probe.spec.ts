/**
 * Checking a host: the probe page on this machine, on a fixture host behind a token, and the
 * "on this host" badges that lead to it.
 *
 * The configured server (playwright.config.ts) probes this machine. A second server is started
 * here from the same build: HOST_ROOT at the 4.19 fixture (materialized by
 * test/helpers/host-fixtures.ts into a temp dir) and PROBE_TOKEN set, which is both the "token
 * required" case and, once the token is given, the "old kernel" case.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { getDictionary } from '../lib/i18n/dictionary';
import { freePort, waitFor } from '../scripts/serve-build.mjs';
import { materializeHostFixture, type MaterializedHost } from '../test/helpers/host-fixtures';
import { englishOnlyWords } from './english-words';

const en = getDictionary('en');
const zh = getDictionary('zh');

async function waitForProbe(page: Page, state: 'ready' | 'disabled' = 'ready') {
  await expect(page.getByTestId('probe')).toHaveAttribute('data-state', state, { timeout: 20_000 });
}

/** Feature ids whose kernel is 5.11, from the static features API. */
async function featuresOf511(page: Page, baseURL: string): Promise<string[]> {
  const response = await page.request.get(`${baseURL}/api/features`);
  const { features } = (await response.json()) as { features: { id: string; kernel: string | null }[] };
  return features.filter((f) => f.kernel === '5.11').map((f) => f.id);
}

test.describe('this machine', () => {
  test('shows the kernel release uname -r prints and a verdict for bpf_ima_inode_hash', async ({ page }) => {
    const uname = execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim();
    await page.goto('/en/probe');
    await waitForProbe(page);
    await expect(page.getByTestId('probe-kernel')).toHaveText(uname);
    await expect(page.getByTestId('probe-checked-at')).toContainText('Checked at');

    const feature = page.locator('#feature-bpf-ima-inode-hash');
    await expect(feature).toHaveAttribute('data-verdict', /^(supported|unsupported|unknown)$/);
    await expect(feature.locator('[data-evidence]').first()).toBeVisible();
    await expect(feature.getByRole('link', { name: /bpf_ima_inode_hash/ })).toHaveAttribute('href', '/en/features/bpf-ima-inode-hash');
    await expect(feature.getByRole('link', { name: 'Linux 5.11 in the timeline' })).toHaveAttribute('href', '/en#v5.11');

    // In a collapsed list (supported here) or an open one (not): opened, every list has made its rows.
    await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('#probe-panel-this details').forEach((d) => (d.open = true)));
    const helper = page.locator('#helper-bpf_ima_inode_hash');
    await expect(helper).toHaveAttribute('data-verdict', /^(supported|unsupported|unknown)$/);
    await expect(page.getByTestId('coverage-helper')).toHaveText(/^\d+ of \d+ supported$/);
    await expect(page.getByTestId('probe-core').locator('li')).toHaveCount(6);
    await expect(page.getByRole('link', { name: en.probeCoreLink })).toHaveAttribute('href', '/en/explainers/co-re');

    // Check again: a new request, the page stays readable.
    await page.getByRole('button', { name: en.probeRefresh }).click();
    await waitForProbe(page);
    await expect(page.getByTestId('probe-kernel')).toHaveText(uname);
  });

  test('the zh page: Chinese interface, evidence in Chinese', async ({ page }) => {
    await page.goto('/zh/probe');
    await waitForProbe(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.probeTitle);
    await expect(page.locator('#feature-bpf-ima-inode-hash [data-evidence]').first()).toHaveText(/[\u4e00-\u9fff]|=/);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    // Opened lists make their rows then: every feature and catalog entry has its row.
    await expect.poll(() => page.locator('#probe-panel-this [data-probe-item]').count()).toBeGreaterThanOrEqual(700);
    // English interface strings that no Chinese string contains (zh keeps names such as kfunc, Linux).
    const zhText = Object.values(zh).join('\n');
    const englishOnly = englishOnlyWords({ allowed: (s) => zhText.includes(s) });
    const text = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.prose, [lang="en"], .font-mono, code, script, style, [data-content]').forEach((el) => el.remove());
      return clone.innerText;
    });
    expect(englishOnly.filter((s) => text.includes(s))).toEqual([]);
    expect(text).not.toMatch(/\{\w+\}/);
  });

  test('badges on the timeline, a feature and a helper lead to the row on the probe page', async ({ page }) => {
    await page.goto('/en');
    const badge = page.locator('[data-feature="bpf-ima-inode-hash"] [data-testid="host-badge"]').first();
    await expect(badge).toHaveAttribute('href', '/en/probe#feature-bpf-ima-inode-hash', { timeout: 20_000 });
    await expect(badge).toHaveAttribute('data-verdict', /^(supported|unsupported|unknown)$/);

    await page.goto('/zh/features/bpf-ima-inode-hash');
    await expect(page.getByTestId('host-badge')).toContainText(zh.onThisHost);

    await page.goto('/en/helpers/bpf_ima_inode_hash');
    const helperBadge = page.getByTestId('host-badge');
    await expect(helperBadge).toHaveAttribute('href', '/en/probe#helper-bpf_ima_inode_hash');
    await helperBadge.click();
    await expect(page).toHaveURL(/\/en\/probe#helper-bpf_ima_inode_hash$/);
    // The row sits in a collapsed list: arriving by its anchor opens the list and shows it.
    const row = page.locator('#helper-bpf_ima_inode_hash');
    await expect(row).toBeVisible({ timeout: 20_000 });
    await expect(row).toHaveAttribute('data-probe-target', '');
    await expect(row).toBeInViewport();
  });

  test("a collapsed list's rows are made when it opens, or when an anchor names one of them", async ({ page }) => {
    await page.goto('/en/probe');
    await waitForProbe(page);
    const coverage = page.locator('[data-coverage="helper"]');
    const supported = coverage.locator('details', { has: page.locator('summary', { hasText: /^Supported/ }) });
    await expect(supported).toHaveCount(1);
    // Closed: none of its rows is in the page yet (thousands of elements not made on load).
    await expect(supported.locator('[data-probe-item]')).toHaveCount(0);
    // An anchor to one of them, from the page itself: the list opens, the row shows and is marked.
    await page.evaluate(() => (window.location.hash = '#helper-bpf_map_lookup_elem'));
    const row = page.locator('#helper-bpf_map_lookup_elem');
    await expect(row).toBeVisible();
    await expect(row).toHaveAttribute('data-probe-target', '');
    await expect(row).toBeInViewport();
    // Another kind's list, opened by a click: its rows are made then.
    const maps = page.locator('[data-coverage="map-type"] details', { has: page.locator('summary', { hasText: /^Supported/ }) });
    await expect(maps.locator('[data-probe-item]')).toHaveCount(0);
    await maps.locator('summary').click();
    await expect(maps.locator('[data-probe-item="map-type:BPF_MAP_TYPE_HASH"]')).toBeVisible();
  });

  test('no serious accessibility violations in the report', async ({ page }) => {
    // The long "supported" lists stay closed: they are the same rows as the open "not supported" ones, and axe over 600 rows is slow.
    test.setTimeout(240_000);
    for (const lang of ['en', 'zh']) {
      await page.goto(`/${lang}/probe`);
      await waitForProbe(page);
      await page.locator('summary', { hasText: lang === 'en' ? en.probeAllChecks : zh.probeAllChecks }).click();
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes[0]?.target}`);
      expect(bad, lang).toEqual([]);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page explains the check needs JavaScript and links the JSON', async ({ page }) => {
    await page.goto('/en/probe');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.probeTitle);
    await expect(page.getByTestId('probe-noscript')).toContainText(en.probeNeedsJs);
    await expect(page.getByTestId('probe-noscript').getByRole('link')).toHaveAttribute('href', '/api/probe');
  });
});

test.describe('a 4.19 host behind a token', () => {
  test.describe.configure({ mode: 'serial' });
  const TOKEN = 'e2e-probe-token-4.19';
  let host: MaterializedHost;
  let server: ChildProcess;
  let baseURL: string;

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    host = await materializeHostFixture('linux-419');
    const port = await freePort();
    baseURL = `http://127.0.0.1:${port}`;
    // `next start` on the build the configured server made (scripts/start.mjs would rebuild if the sources moved).
    const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
    server = spawn(process.execPath, [next, 'start', '--hostname', '127.0.0.1', '--port', port], {
      env: { ...process.env, HOST_ROOT: host.root, PROBE_TOKEN: TOKEN, EBPF_DIGEST_LISTEN_HOST: '127.0.0.1' },
      stdio: 'ignore',
    });
    await waitFor(`${baseURL}/en`, 60_000);
  });

  test.afterAll(async () => {
    server?.kill('SIGTERM');
    await host?.cleanup();
  });

  test('the probe is refused without the token: the page says why and asks for it', async ({ page }) => {
    const api = await page.request.get(`${baseURL}/api/probe`);
    expect(api.status()).toBe(403);
    expect(await api.json()).toMatchObject({ error: 'probe_disabled', reason: 'token_missing' });

    await page.goto(`${baseURL}/zh/probe`);
    await waitForProbe(page, 'disabled');
    const disabled = page.getByTestId('probe-disabled');
    await expect(disabled).toHaveAttribute('data-reason', 'token_missing');
    await expect(disabled.getByRole('heading')).toHaveText(zh.probeDisabledTitle);
    await expect(disabled).toContainText(zh.probeDisabledTokenMissing);

    // Badges stay quiet when the probe is off.
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/probe'));
    await page.goto(`${baseURL}/en/features/bpf-ima-inode-hash`);
    expect((await answered).status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('host-badge')).toHaveCount(0);
  });

  test('a wrong token is told apart; with the right one the 5.11 features show as unsupported', async ({ page }) => {
    await page.goto(`${baseURL}/en/probe`);
    await waitForProbe(page, 'disabled');
    await page.getByLabel(en.probeTokenLabel).fill('not-the-token');
    await page.getByRole('button', { name: en.probeTokenSubmit }).click();
    await expect(page.getByTestId('probe-disabled')).toHaveAttribute('data-reason', 'token_invalid');

    await page.getByLabel(en.probeTokenLabel).fill(TOKEN);
    await page.getByRole('button', { name: en.probeTokenSubmit }).click();
    await waitForProbe(page);
    await expect(page.getByTestId('probe-kernel')).toHaveText('4.19.0-27-amd64');
    await expect(page.getByTestId('probe-btf')).toHaveText('no');

    const ids = await featuresOf511(page, baseURL);
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) await expect(page.locator(`#feature-${id}`), id).toHaveAttribute('data-verdict', 'unsupported');
    await expect(page.locator('#feature-bpf-ima-inode-hash [data-evidence="kernel.below"]')).toHaveText('kernel 4.19 < 5.11');
    await expect(page.getByTestId('coverage-kfunc')).toHaveText(/^0 of \d+ supported$/);
    await expect(page.locator('[data-core="kernel_btf"]')).toHaveAttribute('data-status', 'fail');
  });
});
