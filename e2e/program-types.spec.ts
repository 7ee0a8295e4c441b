/**
 * What a program type may call on a host: chosen on the probe page, read on this machine's page
 * with and without JavaScript (zh and en), filtered, seen from a helper page ("callable here from"),
 * and evaluated in the browser for another host's uploaded report.
 */
import { expect, test } from '@playwright/test';
import { getDictionary } from '../lib/i18n/dictionary';
import { loadCatalog } from '../lib/server/catalog';
import { collectHostFacts } from '../lib/server/collect/host-facts';
import { evaluateProgramTypeCalls } from '../lib/verdicts/program-types';
import { materializeHostFixture } from '../test/helpers/host-fixtures';

const en = getDictionary('en');
const zh = getDictionary('zh');

test('en, with JavaScript: choose XDP on the probe page, filter as you type', async ({ page }) => {
  await page.goto('/en/probe');
  const chooser = page.getByTestId('program-type-chooser');
  await chooser.getByLabel(en.progTypesChoose).selectOption('BPF_PROG_TYPE_XDP');
  await chooser.getByRole('button', { name: en.progTypesShow }).click();
  await expect(page).toHaveURL(/\/en\/probe\/program-types\?type=BPF_PROG_TYPE_XDP$/);
  const view = page.getByTestId('program-type-calls');
  await expect(view).toHaveAttribute('data-program-type', 'BPF_PROG_TYPE_XDP');
  await expect(view.getByRole('heading', { name: 'BPF_PROG_TYPE_XDP' })).toBeVisible();
  // XDP programs redirect packets; they cannot change an skb.
  await expect(view.locator('[data-helper="bpf_redirect"]')).toHaveAttribute('data-verdict', 'supported');
  await expect(view.locator('[data-helper="bpf_skb_change_head"]')).toHaveAttribute('data-verdict', 'unsupported');
  await expect(view.locator('[data-helper="bpf_redirect"] [data-evidence="calls.listed"]')).toContainText(
    'the data lists bpf_redirect for BPF_PROG_TYPE_XDP',
  );

  await view.getByTestId('helper-filter').fill('redirect');
  await expect(view.getByTestId('helper-count')).toHaveText(/^\d+ of \d+ helpers match\.$/);
  const names = await view.locator('[data-helper]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-helper')));
  expect(names.length).toBeGreaterThan(1);
  expect(names.every((n) => n!.includes('redirect'))).toBe(true);
  await expect(page).toHaveURL(/type=BPF_PROG_TYPE_XDP$/); // filtering as you type does not navigate
});

test('zh, with JavaScript: the view in Chinese, filtered as you type', async ({ page }) => {
  await page.goto('/zh/probe/program-types?type=BPF_PROG_TYPE_SCHED_CLS');
  const view = page.getByTestId('program-type-calls');
  await expect(view.locator('[data-helper="bpf_skb_store_bytes"]')).toHaveAttribute('data-verdict', 'supported');
  await expect(view.locator('[data-helper="bpf_skb_store_bytes"] [data-evidence="calls.listed"]')).toContainText('数据列出');
  await view.getByLabel(zh.progTypesFilter).fill('csum');
  await expect(view.getByTestId('helper-count')).toHaveText(/^共 \d+ 个帮助函数,\d+ 个符合。$/);
  const names = await view.locator('[data-helper]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-helper')));
  expect(names.length).toBeGreaterThan(2);
  expect(names.every((n) => n!.includes('csum'))).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('en: the answer for a type is in the HTML, grouped by verdict, with the data’s conditions', async ({ page }) => {
    await page.goto('/en/probe/program-types?type=BPF_PROG_TYPE_KPROBE');
    const view = page.getByTestId('program-type-calls');
    await expect(view.locator('[data-group="supported"] summary')).toHaveText(/^Callable here \(\d+\)$/);
    await expect(view.locator('[data-helper="bpf_override_return"] [data-conditions]')).toHaveText('with CONFIG_BPF_KPROBE_OVERRIDE');
    await expect(view.locator('[data-helper="bpf_get_attach_cookie"]')).toHaveAttribute('data-verdict', 'supported');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('zh: the chooser and the filter are plain forms; the answer is in the HTML', async ({ page }) => {
    await page.goto('/zh/probe');
    const chooser = page.getByTestId('program-type-chooser');
    await chooser.getByLabel(zh.progTypesChoose).selectOption('BPF_PROG_TYPE_KPROBE');
    await chooser.getByRole('button', { name: zh.progTypesShow }).click();
    await expect(page).toHaveURL(/\/zh\/probe\/program-types\?type=BPF_PROG_TYPE_KPROBE$/);
    await expect(page.getByRole('heading', { level: 1, name: zh.progTypesTitle })).toBeVisible();
    const view = page.getByTestId('program-type-calls');
    await expect(view.locator('[data-helper="bpf_get_stackid"]')).toHaveAttribute('data-verdict', 'supported');
    // The verifier refuses bpf_spin_lock in kprobes: the data excludes it, in Chinese.
    await expect(view.locator('[data-helper="bpf_spin_lock"] [data-evidence="calls.excluded"]')).toContainText('验证器在此拒绝它');

    await view.getByLabel(zh.progTypesFilter).fill('stack');
    await view.getByRole('button', { name: zh.progTypesFilterSubmit }).click();
    await expect(page).toHaveURL(/type=BPF_PROG_TYPE_KPROBE&q=stack$/);
    await expect(page.getByTestId('helper-count')).toHaveText(/^共 \d+ 个帮助函数,\d+ 个符合。$/);
    const names = await page.locator('[data-helper]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-helper')));
    expect(names).toContain('bpf_get_stackid');
    expect(names.every((n) => n!.includes('stack'))).toBe(true);
  });

  test('en: an unknown type says so; no type asks for one', async ({ page }) => {
    await page.goto('/en/probe/program-types?type=BPF_PROG_TYPE_NOPE');
    await expect(page.getByTestId('program-type-answer')).toHaveAttribute('data-state', 'not-found');
    await expect(page.getByRole('alert')).toHaveText('The catalog has no program type BPF_PROG_TYPE_NOPE.');
    await page.goto('/en/probe/program-types');
    await expect(page.getByText(en.progTypesPickOne)).toBeVisible();
  });
});

test('a helper page lists the program types that may call it here', async ({ page }) => {
  await page.goto('/en/helpers/bpf_get_stackid');
  const section = page.getByTestId('callable-here');
  await expect(section.getByRole('heading', { name: /^Callable here from \(\d+\)$/ })).toBeVisible();
  const kprobe = section.locator('[data-program-type="BPF_PROG_TYPE_KPROBE"]');
  await expect(kprobe).toHaveAttribute('data-verdict', 'supported');
  await expect(kprobe.getByRole('link')).toHaveAttribute('href', '/en/probe/program-types?type=BPF_PROG_TYPE_KPROBE');
  await expect(section.locator('[data-program-type="BPF_PROG_TYPE_XDP"]')).toHaveCount(0);
  // Its prototype, from libbpf-dev's bpf_helper_defs.h.
  await expect(page.getByTestId('prototype')).toHaveAttribute('data-from', 'helper-defs');
  await expect(page.getByTestId('prototype').locator('code')).toHaveText('long bpf_get_stackid(void *ctx, void *map, __u64 flags)');
});

test('a kfunc page shows its prototype from this host’s BTF (zh)', async ({ page }) => {
  await page.goto('/zh/kfuncs/bpf_task_acquire');
  const proto = page.getByTestId('prototype');
  await expect(proto.locator('code')).toHaveText('struct task_struct *bpf_task_acquire(struct task_struct *p)');
  await expect(proto).toHaveAttribute('data-from', /^(host|shipped)$/);
  await expect(proto.getByText(/BTF/)).toBeVisible();
});

test('another host: the program-type view judges the uploaded report in the browser, as the server would', async ({ page }) => {
  const host = await materializeHostFixture('linux-6x');
  let report: string;
  let expected: ReturnType<typeof evaluateProgramTypeCalls>;
  try {
    const facts = await collectHostFacts({ roots: host.roots, io: host.io });
    report = JSON.stringify(facts);
    const catalog = loadCatalog();
    expected = evaluateProgramTypeCalls(
      'BPF_PROG_TYPE_LIRC_MODE2',
      { entries: catalog.entries, programHelpers: catalog.programHelpers ?? {} },
      facts,
    );
  } finally {
    await host.cleanup();
  }
  await page.goto('/en/probe#another-host');
  await page
    .getByTestId('other-file')
    .setInputFiles({ name: 'host-report.json', mimeType: 'application/json', buffer: Buffer.from(report) });
  const section = page.getByTestId('other-program-types');
  await expect(section).toBeVisible();
  await section.getByTestId('other-program-type-select').selectOption('BPF_PROG_TYPE_LIRC_MODE2');
  const view = section.getByTestId('program-type-calls');
  // linux-6x's BTF lists LIRC_MODE2 but its config leaves CONFIG_BPF_LIRC_MODE2 unset.
  await expect(view.locator('[data-evidence="config.not_set"]').first()).toContainText('CONFIG_BPF_LIRC_MODE2');
  const shown = await view
    .locator('[data-helper]')
    .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-helper'), r.getAttribute('data-verdict')]));
  expect(shown.sort()).toEqual(expected!.helpers.map((h) => [h.name, h.verdict]).sort());
});

test('catalog pages say which source’s version was kept and why (the kernel’s order)', async ({ page }) => {
  await page.goto('/en/program-types/BPF_PROG_TYPE_SYSCALL');
  await expect(page.getByTestId('version-kept')).toHaveText(
    'Kept ebpf-docs’s 5.14: in the kernel’s order (number 31 in enum bpf_prog_type) both claims fit between BPF_PROG_TYPE_SK_LOOKUP (id 30, 5.9) and BPF_PROG_TYPE_NETFILTER (id 32, 6.4); the newer source, ebpf-docs, goes first.',
  );
});

test('a helper page says which source’s version was kept and why (the order of helper ids)', async ({ page }) => {
  await page.goto('/en/helpers/bpf_get_prandom_u32');
  await expect(page.getByRole('link', { name: 'Linux 4.1' })).toBeVisible();
  await expect(page.getByTestId('version-kept')).toHaveText(
    'Kept bcc’s 4.1: as helper id 7 it landed between bpf_trace_printk (id 6, 4.1) and bpf_get_smp_processor_id (id 8, 4.1), and only this claim fits (the kernel numbers them in the order they were merged).',
  );
});
