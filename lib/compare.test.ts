import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materializeHostFixture, type MaterializedHost } from '../test/helpers/host-fixtures';
import { loadCatalog } from './server/catalog';
import { createCatalogIndex } from './catalog/lookup';
import type { CatalogEntry } from './catalog/types';
import {
  compareKernels,
  compareWithHost,
  groupByFirstCategory,
  inRange,
  kernelVersionChoices,
  parseCompareRange,
  rangeItems,
} from './compare';
import { comparisonJson } from './compare-json';
import { fromEvaluatorData, toEvaluatorData } from './verdicts/evaluator-data';
import { loadContent } from './server/content/load-content';
import type { FeatureRecord } from './features/types';
import { collectHostFacts } from './server/collect/host-facts';
import { ISSUE_2_KERNEL_FEATURE_IDS as ISSUE_2_KERNEL_FEATURES } from '../test/issue-2';

let records: FeatureRecord[];
let entries: CatalogEntry[];
const hosts: MaterializedHost[] = [];

beforeAll(async () => {
  const catalog = loadCatalog();
  records = (await loadContent(createCatalogIndex(catalog))).records;
  entries = catalog.entries;
});
afterAll(() => Promise.all(hosts.map((h) => h.cleanup())));

describe('parseCompareRange', () => {
  it.each([
    [['5.10', '5.11'], { ok: true, from: '5.10', to: '5.11' }],
    [['v5.4', ' 5.15 '], { ok: true, from: '5.4', to: '5.15' }],
    [['5.15.0-91-generic', '6.1'], { ok: true, from: '5.15', to: '6.1' }],
    [[['5.4', '9.9'], '5.10'], { ok: true, from: '5.4', to: '5.10' }],
  ] as const)('%j → %j', ([from, to], expected) => {
    expect(parseCompareRange(from as string, to)).toEqual(expected);
  });

  it.each([
    [null, '5.11', 'missing', 'from'],
    ['5.10', '', 'missing', 'to'],
    ['abc', '5.11', 'not-a-version', 'from'],
    ['5.10', '5', 'not-a-version', 'to'],
    ['5.10', '5.11abc', 'not-a-version', 'to'],
    ['5.11', '5.11', 'not-ascending', 'to'],
    ['6.1', '5.4', 'not-ascending', 'to'],
  ])('%j → %j: %s (%s)', (from, to, code, field) => {
    const result = parseCompareRange(from, to);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ code, field });
      expect(result.error.message).toMatch(/\.$/);
    }
  });

  it('says which value is wrong, and how', () => {
    const r = parseCompareRange('5.10', 'latest');
    expect(!r.ok && r.error.message).toBe('to: "latest" is not a kernel version (expected X.Y, such as 5.4).');
    const s = parseCompareRange('6.1', '5.4');
    expect(!s.ok && s.error.message).toBe('from (6.1) must be an earlier kernel than to (5.4).');
  });
});

describe('compareKernels', () => {
  it('5.10 → 5.11 is exactly what 5.11 brought: bpf_ima_inode_hash and the kernel features of issue 2', () => {
    const c = compareKernels(records, entries, '5.10', '5.11');
    expect(c.versions).toEqual(['5.11']);
    const helpers = c.catalogByKind.find((g) => g.kind === 'helper')!.entries.map((e) => e.name);
    expect(helpers).toContain('bpf_ima_inode_hash');
    expect(helpers).toContain('bpf_bprm_opts_set');
    expect(helpers).toContain('bpf_ktime_get_coarse_ns');
    expect(
      c.features
        .filter((r) => r.issue === 2)
        .map((r) => r.id)
        .sort(),
    ).toEqual([...ISSUE_2_KERNEL_FEATURES].sort());
    // Userspace features (libbpf 0.3, iproute2 5.11) have no kernel: not in a kernel range.
    expect(c.features.map((r) => r.id)).not.toContain('iproute2-libbpf');
    expect(c.features.map((r) => r.id)).not.toContain('libbpf-set-attach-target-btf');
    expect(c.counts.features).toBe(c.features.length);
    expect(c.counts.catalog).toBe(c.catalogByKind.reduce((n, g) => n + g.entries.length, 0));
    expect(c.counts.total).toBe(c.counts.features + c.counts.catalog);
    expect(c.counts.catalog).toBe(entries.filter((e) => e.kernel === '5.11').length);
  });

  it('from is exclusive, to inclusive', () => {
    expect(inRange('5.10', '5.10', '5.11')).toBe(false);
    expect(inRange('5.11', '5.10', '5.11')).toBe(true);
    expect(inRange('5.12', '5.10', '5.11')).toBe(false);
    const wide = compareKernels(records, entries, '5.4', '5.15');
    expect(wide.versions[0]).toBe('5.5');
    expect(wide.versions.at(-1)).toBe('5.15');
    expect(wide.catalogByKind.flatMap((g) => g.entries).every((e) => inRange(e.kernel, '5.4', '5.15'))).toBe(true);
    // A range is the sum of its steps.
    const steps =
      compareKernels(records, entries, '5.4', '5.10').counts.total + compareKernels(records, entries, '5.10', '5.15').counts.total;
    expect(wide.counts.total).toBe(steps);
  });

  it('groups features by category (a feature in each of its categories) and entries by kind, ordered', () => {
    const c = compareKernels(records, entries, '5.4', '5.15');
    for (const g of c.featuresByCategory) expect(g.records.every((r) => r.categories.includes(g.category))).toBe(true);
    expect(new Set(c.featuresByCategory.flatMap((g) => g.records.map((r) => r.id)))).toEqual(new Set(c.features.map((r) => r.id)));
    expect(c.catalogByKind.map((g) => g.kind)).toEqual(
      ['helper', 'program-type', 'map-type', 'attach-type', 'kfunc'].filter((k) => c.counts.byKind[k as 'helper'] > 0),
    );
    for (const g of c.catalogByKind) expect(g.entries.every((e) => e.kind === g.kind)).toBe(true);
  });

  it('the page lists each feature once, under its first category', () => {
    const c = compareKernels(records, entries, '5.10', '5.11');
    const groups = groupByFirstCategory(c.features);
    expect(groups.flatMap((g) => g.records.map((r) => r.id)).sort()).toEqual(c.features.map((r) => r.id).sort());
    for (const g of groups) expect(g.records.every((r) => r.categories[0] === g.category)).toBe(true);
  });

  it('an empty range is empty, not an error', () => {
    const c = compareKernels(records, entries, '2.6', '3.0');
    expect(c.counts.total).toBe(0);
    expect(c.versions).toEqual([]);
  });

  it('the JSON names the range and links every item', () => {
    const json = comparisonJson(compareKernels(records, entries, '5.10', '5.11'));
    expect(json.range).toBe('(5.10, 5.11]: after 5.10, up to and including 5.11');
    expect(json.features.find((f) => f.id === 'bpf-ima-inode-hash')?.urls).toEqual({
      zh: '/zh/features/bpf-ima-inode-hash',
      en: '/en/features/bpf-ima-inode-hash',
    });
    const helper = json.catalog.find((g) => g.kind === 'helper')!;
    expect(helper.count).toBe(helper.entries.length);
    expect(helper.entries.find((e) => e.name === 'bpf_ima_inode_hash')?.urls.en).toBe('/en/helpers/bpf_ima_inode_hash');
  });

  it('offers every known version in the pickers, ascending', () => {
    const choices = kernelVersionChoices(['3.15', '5.10', '6.17'], records, entries);
    expect(choices).toContain('5.11');
    expect(choices[0]).toBe('3.15');
  });
});

describe('compareWithHost', () => {
  it("decides by the host's BTF, not its version: a 4.18 RHEL kernel with backported helpers", async () => {
    const host = await materializeHostFixture('rhel8-418');
    hosts.push(host);
    const facts = await collectHostFacts({ roots: host.roots, io: host.io });
    const c = compareKernels(records, entries, '4.18', '5.11');
    const result = compareWithHost(rangeItems(c), facts);
    expect(result.release).toMatch(/^4\.18/);
    expect(result.items).toHaveLength(c.counts.total);
    expect(result.total.total).toBe(c.counts.total);
    expect(result.total.supported + result.total.unsupported + result.total.unknown).toBe(result.total.total);
    expect(result.btf).toBe(true);
    // The fixture's BTF carries the 5.8 ring buffer helpers on a 4.18 kernel, but not 5.11's ima_inode_hash.
    expect(result.items.find((i) => i.id === 'bpf_ringbuf_output')).toMatchObject({
      verdict: 'supported',
      backported: true,
      byVersionOnly: false,
    });
    expect(result.items.find((i) => i.id === 'bpf_ima_inode_hash')).toMatchObject({ verdict: 'unsupported', byVersionOnly: false });
    expect(result.items.filter((i) => i.kind !== 'feature').every((i) => !i.byVersionOnly)).toBe(true);
  });

  it('a host without BTF falls back to the version, and says so', async () => {
    const host = await materializeHostFixture('linux-419');
    hosts.push(host);
    const facts = await collectHostFacts({ roots: host.roots, io: host.io });
    const result = compareWithHost(rangeItems(compareKernels(records, entries, '5.10', '5.11')), facts);
    expect(result.btf).toBe(false);
    const ima = result.items.find((i) => i.id === 'bpf_ima_inode_hash')!;
    expect(ima).toMatchObject({ verdict: 'unsupported', byVersionOnly: true });
    expect(result.total.byVersionOnly).toBeGreaterThan(0);
  });

  it('judges the same from the lean data the page sends the browser', async () => {
    const host = await materializeHostFixture('rhel8-418');
    hosts.push(host);
    const facts = await collectHostFacts({ roots: host.roots, io: host.io });
    const items = rangeItems(compareKernels(records, entries, '4.14', '6.1'));
    const lean = fromEvaluatorData(JSON.parse(JSON.stringify(toEvaluatorData(items))));
    expect(compareWithHost(lean, facts)).toEqual(compareWithHost(items, facts));
  });
});
