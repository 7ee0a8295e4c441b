/**
 * Checking another host from the probe page: a report from the collector script the site serves
 * (/collect.sh, run here with sh) is opened, evaluated in the browser, kept, compared side by side
 * and exported — and no request carries it.
 *
 * Two reports: this machine's, and the 4.19 fixture host's (materialized from test/fixtures/hosts,
 * the script pointed at it with HOST_ROOT). The fixture's distribution name gets a marker string,
 * so the test can tell whether anything sent the report anywhere.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Request } from '@playwright/test';
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getDictionary } from '../lib/i18n/dictionary';
import { format } from '../lib/i18n/format';
import { hostFactsErrorText } from '../lib/host-facts/messages';
import { validateHostFacts } from '../lib/host-facts/validate';
import { materializeHostFixture } from '../test/helpers/host-fixtures';
import { englishOnlyWords } from './english-words';

const run = promisify(execFile);
const en = getDictionary('en');
const zh = getDictionary('zh');
const MARKER = `marker-${Date.now().toString(36)}-report`;

// One worker collects the reports once; the tests run in order but do not depend on each other.
// A page with two full reports is ~17k nodes: on a loaded machine a test takes a while.
test.describe.configure({ mode: 'default', timeout: 180_000 });

let mine = '';
let old = '';

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(120_000);
  const script = join(tmpdir(), `collect-${process.pid}.sh`);
  const response = await fetch(new URL('/collect.sh', baseURL));
  expect(response.status).toBe(200);
  await writeFile(script, await response.text());
  const host = await materializeHostFixture('linux-419');
  try {
    const [me, fixture] = await Promise.all([
      run('sh', [script], { maxBuffer: 4 << 20, timeout: 90_000 }),
      run('sh', [script], { maxBuffer: 4 << 20, timeout: 90_000, env: { ...process.env, HOST_ROOT: host.root } }),
    ]);
    mine = me.stdout;
    const facts = JSON.parse(fixture.stdout);
    facts.facts.distro.value.prettyName = `Debian 10 ${MARKER}`;
    old = JSON.stringify(facts);
  } finally {
    await Promise.all([host.cleanup(), rm(script, { force: true })]);
  }
  expect(validateHostFacts(mine).ok).toBe(true);
  expect(validateHostFacts(old).ok).toBe(true);
});

async function openOtherHost(page: Page, lang: 'en' | 'zh' = 'en') {
  await page.goto(`/${lang}/probe#another-host`);
  await expect(page.getByTestId('probe-tab-other')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('other-host')).toBeVisible();
}

async function upload(page: Page, text: string, name = 'host-report.json') {
  await page.getByTestId('other-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function paste(page: Page, text: string) {
  await page.getByTestId('other-paste').fill(text);
  await page.getByTestId('other-paste-submit').click();
}

async function keep(page: Page, text: string, name: string) {
  await upload(page, text);
  await expect(page.getByTestId('other-verdicts')).toBeVisible();
  await page.getByTestId('keep-name').fill(name);
  await page.getByTestId('keep').click();
  await expect(page.getByTestId('other-verdicts')).toHaveAttribute('data-kept', name);
}

/** Every request the page makes from now on. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  return requests;
}

function carries(request: Request, needle: string): boolean {
  const body = request.postDataBuffer()?.toString('utf8') ?? '';
  return [request.url(), body, ...Object.values(request.headers())].some((s) => s.includes(needle));
}

test('the tabs: arrow keys move between this host and another host', async ({ page }) => {
  await page.goto('/en/probe');
  const thisTab = page.getByRole('tab', { name: en.probeTabThis });
  await expect(thisTab).toHaveAttribute('aria-selected', 'true');
  await thisTab.focus();
  await page.keyboard.press('ArrowRight');
  const otherTab = page.getByRole('tab', { name: en.probeTabOther });
  await expect(otherTab).toBeFocused();
  await expect(otherTab).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/#another-host$/);
  await expect(page.getByRole('heading', { name: en.probeOtherTitle })).toBeVisible();
  await expect(page.getByTestId('other-privacy')).toHaveText(en.probeOtherPrivacy);
  // The command names this site's own address.
  await expect(page.getByTestId('other-command')).toHaveText(`curl -fsSL ${new URL(page.url()).origin}/collect.sh | sh > host-report.json`);
  await expect(page.getByTestId('other-download-script')).toHaveAttribute('href', '/collect.sh');
  await page.keyboard.press('ArrowLeft');
  await expect(thisTab).toBeFocused();
  await expect(page.getByTestId('probe')).toBeVisible();
});

test('this machine’s report: the verdicts the live check gives, and no request carries it', async ({ page }) => {
  const uname = (await run('uname', ['-r'])).stdout.trim();
  await openOtherHost(page);
  const requests = recordRequests(page);

  await upload(page, mine);
  const verdicts = page.getByTestId('other-verdicts');
  await expect(verdicts).toBeVisible();
  await expect(verdicts.getByTestId('probe-kernel')).toHaveText(uname);
  await expect(verdicts.locator('#other-feature-bpf-ima-inode-hash')).toHaveAttribute('data-verdict', /^(supported|unsupported|unknown)$/);
  await expect(verdicts.locator('#other-feature-bpf-ima-inode-hash [data-evidence]').first()).toBeVisible();

  // Feature by feature, the same verdicts as the server's probe of this machine.
  const api = await (await page.request.get('/api/probe')).json();
  const live = Object.fromEntries(
    (api.features as { kind: string; id: string; verdict: string }[]).map((f) => [`${f.kind}:${f.id}`, f.verdict]),
  );
  // Collapsed lists make their rows when opened: open them all, and wait for every row.
  await verdicts.evaluate((el) => el.querySelectorAll('details').forEach((d) => (d.open = true)));
  await expect(verdicts.locator('[data-probe-item]')).toHaveCount(Object.keys(live).length);
  const shown = await verdicts
    .locator('[data-probe-item]')
    .evaluateAll((els) => els.map((el) => [el.getAttribute('data-probe-item'), el.getAttribute('data-verdict')]));
  expect(shown.length).toBe(Object.keys(live).length);
  const differing = shown
    .filter(([key, verdict]) => live[key!] !== verdict)
    .map(([key, verdict]) => `${key}: page ${verdict}, probe ${live[key!]}`);
  expect(differing).toEqual([]);

  // Pasted, too; then nothing that went out carried the verdicts.
  const distinctive = JSON.parse(mine).collectedAt as string;
  await paste(page, mine);
  await expect(verdicts.getByTestId('probe-kernel')).toHaveText(uname);
  expect(requests.filter((r) => r.method() !== 'GET' && r.method() !== 'HEAD').map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
  expect(requests.filter((r) => carries(r, distinctive)).map((r) => r.url())).toEqual([]);
});

test('bad reports get a clear message and the page keeps working', async ({ page }) => {
  await openOtherHost(page);
  const error = page.getByTestId('other-error');
  const expected = (text: string) => {
    const result = validateHostFacts(text);
    if (result.ok) throw new Error('expected a bad report');
    return hostFactsErrorText(result.error, 'en');
  };

  await paste(page, 'this is { not json');
  await expect(error).toHaveAttribute('data-code', 'not-json');
  await expect(page.getByTestId('other-error-message')).toHaveText(expected('this is { not json'));
  await expect(error).toHaveAttribute('role', 'alert');

  const newer = JSON.stringify({ ...JSON.parse(old), schemaVersion: 99 });
  await paste(page, newer);
  await expect(error).toHaveAttribute('data-code', 'newer-schema');
  await expect(page.getByTestId('other-error-message')).toContainText('schema version 99');

  const broken = JSON.parse(old);
  broken.facts.btf = { status: 'ok', source: '/sys/kernel/btf/vmlinux', value: { present: true, size: -1 } };
  await upload(page, JSON.stringify(broken));
  await expect(error).toHaveAttribute('data-code', 'wrong-schema');
  await expect(page.getByTestId('other-error-message')).toContainText('facts.btf.value');

  await upload(page, `{"pad": "${'x'.repeat(2 * 1024 * 1024)}"}`, 'big.json');
  await expect(error).toHaveAttribute('data-code', 'too-large');
  await expect(page.getByTestId('other-error-message')).toContainText('2 MB');

  // Still working: a good report, dropped on the file area, replaces the error.
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'host-report.json', { type: 'application/json' }));
    return dt;
  }, old);
  await page.getByTestId('other-drop').dispatchEvent('dragenter', { dataTransfer });
  await expect(page.getByTestId('other-drop')).toHaveAttribute('data-dragging', 'true');
  await page.getByTestId('other-drop').dispatchEvent('drop', { dataTransfer });
  await expect(error).toHaveCount(0);
  await expect(page.getByTestId('other-verdicts').getByTestId('probe-kernel')).toHaveText('4.19.0-27-amd64');
});

test('the zh page: the error in Chinese', async ({ page }) => {
  await openOtherHost(page, 'zh');
  await paste(page, '[1, 2]');
  const message = page.getByTestId('other-error-message');
  await expect(message).toHaveText(format(zh.reportErrorNotAnObject, { got: '数组' }));
  await paste(page, JSON.stringify({ ...JSON.parse(old), collector: 3 }));
  await expect(message).toContainText('位置 collector');
  await expect(message).not.toContainText('Invalid input');
});

test('two kept reports side by side: differences marked and filtered, one removed', async ({ page }) => {
  await openOtherHost(page);
  const requests = recordRequests(page);
  await expect(page.getByTestId('compare-need-two')).toBeVisible();
  await keep(page, mine, 'this machine');
  await keep(page, old, 'debian 4.19');

  const kept = page.getByTestId('kept-facts');
  await expect(kept.locator('[data-kept]')).toHaveCount(2);
  const table = page.getByTestId('host-comparison');
  await expect(table.locator('thead [data-host]')).toHaveText([/this machine/, /debian 4\.19/]);
  const features = table.locator('[data-group="feature"] [data-row]');
  expect(await features.count()).toBeGreaterThan(5);
  // A 4.19 kernel without BTF lacks what this machine has: some rows differ, and are marked.
  const differing = table.locator('[data-group="feature"] [data-row][data-differs]');
  expect(await differing.count()).toBeGreaterThan(0);
  await expect(differing.first().locator('th')).toContainText(`(${en.probeOtherDiffers})`);

  // The catalog starts collapsed; a click opens a kind.
  await expect(table.locator('[data-group="helper"] [data-row]')).toHaveCount(0);
  await table.getByRole('button', { name: new RegExp(en.kindHelper) }).click();
  expect(await table.locator('[data-group="helper"] [data-row]').count()).toBeGreaterThan(100);

  await page.getByLabel(en.probeOtherDifferencesOnly).check();
  const rows = table.locator('[data-row]');
  expect(await rows.count()).toBeGreaterThan(0);
  expect(await table.locator('[data-row]:not([data-differs])').count()).toBe(0);

  // Untick one: fewer than two, no table.
  await page.getByLabel(format(en.probeOtherInCompareNamed, { name: 'debian 4.19' })).uncheck();
  await expect(page.getByTestId('compare-need-two')).toBeVisible();
  await page.getByLabel(format(en.probeOtherInCompareNamed, { name: 'debian 4.19' })).check();
  await expect(table).toBeVisible();

  // Remove one; it stays removed after a reload.
  await page.getByRole('button', { name: format(en.probeOtherRemoveNamed, { name: 'this machine' }) }).click();
  await expect(kept.locator('[data-kept]')).toHaveCount(1);
  await expect(page.getByTestId('compare-need-two')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('kept-facts').locator('[data-kept]')).toHaveText([/debian 4\.19/]);

  expect(requests.filter((r) => r.method() !== 'GET' && r.method() !== 'HEAD').map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
  expect(requests.filter((r) => carries(r, MARKER)).map((r) => r.url())).toEqual([]);
});

test('a comparison downloads as CSV and JSON (under the page CSP)', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await openOtherHost(page);
  const requests = recordRequests(page);
  await keep(page, mine, 'this machine');
  await keep(page, old, 'old, "4.19"');
  const table = page.getByTestId('host-comparison');
  const imaRow = table.locator('[data-row="feature:bpf-ima-inode-hash"]');
  const imaVerdicts = await imaRow.locator('td [data-verdict]').evaluateAll((els) => els.map((el) => el.getAttribute('data-verdict')));

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^host-comparison-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile(await csvDownload.path())).toString('utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[0]).toBe('kind,id,title,differs,this machine,"old, ""4.19"""');
  const ima = lines.find((l) => l.startsWith('feature,bpf-ima-inode-hash,'));
  expect(ima).toBeDefined();
  expect(ima!.split(',').slice(-2)).toEqual(imaVerdicts);
  expect(lines.filter((l) => l.startsWith('helper,')).length).toBeGreaterThan(100);

  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  expect(jsonDownload.suggestedFilename()).toMatch(/\.json$/);
  const json = JSON.parse((await readFile(await jsonDownload.path())).toString('utf8'));
  expect(json.format).toBe('ebpf-digest host comparison');
  expect(json.hosts.map((h: { name: string }) => h.name)).toEqual(['this machine', 'old, "4.19"']);
  expect(json.items).toHaveLength(json.counts.items);
  expect(json.items.find((i: { id: string }) => i.id === 'bpf-ima-inode-hash').verdicts).toEqual({
    'this machine': imaVerdicts[0],
    'old, "4.19"': imaVerdicts[1],
  });
  expect(json.counts.differing).toBe(json.items.filter((i: { differs: boolean }) => i.differs).length);

  expect(violations).toEqual([]);
  expect(requests.filter((r) => carries(r, MARKER)).map((r) => r.url())).toEqual([]);
});

test('the zh page: no English interface words, no serious accessibility violations, with a comparison shown', async ({ page }) => {
  await openOtherHost(page, 'zh');
  await keep(page, mine, '本机');
  await keep(page, old, '旧主机');
  await page.getByRole('button', { name: new RegExp(zh.kindHelper) }).click();
  // As e2e/read-in-chinese.spec.ts judges a page (that spec sees only the first tab).
  const englishOnly = englishOnlyWords();
  const text = await page.getByTestId('other-host').evaluate((el) => {
    const clone = el.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.prose, [lang="en"], .font-mono, code, pre').forEach((c) => c.remove());
    return clone.innerText;
  });
  expect(englishOnly.filter((s) => text.includes(s))).toEqual([]);
  expect(text).not.toMatch(/\{\w+\}/);

  // axe over the input, the kept list and the table (the full report is the live check's view, checked in probe.spec).
  await page.getByRole('button', { name: zh.probeOtherCloseReport }).click();
  await page.getByTestId('other-paste').fill('{');
  await page.getByTestId('other-paste-submit').click();
  await expect(page.getByTestId('other-error')).toBeVisible();
  const results = await new AxeBuilder({ page }).include('#probe-panel-other').include('[role="tablist"]').analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes[0]?.target}`);
  expect(bad).toEqual([]);
});
