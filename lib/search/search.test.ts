/**
 * The ranking table: query → the first result, on `searchSite`, the function /api/search and the
 * search page call, over the shipped content and catalog.
 */
import { describe, expect, it } from 'vitest';
import { searchSite } from '../server/search';
import { searchHitPath } from './hit-path';
import type { SearchKind, SearchRequest } from './types';

const search = (q: string, extra: Partial<SearchRequest> = {}) => searchSite({ q, lang: 'en', limit: 20, ...extra });

describe('first result', () => {
  it.each<[string, SearchKind, string]>([
    ['bpf_ima_inode_hash', 'helper', 'bpf_ima_inode_hash'],
    ['ima_inode', 'helper', 'bpf_ima_inode_hash'],
    ['ima', 'helper', 'bpf_ima_inode_hash'],
    ['coarse', 'helper', 'bpf_ktime_get_coarse_ns'],
    ['BPF_FUNC_ima_inode_hash', 'helper', 'bpf_ima_inode_hash'],
    ['ima_inode_hash', 'helper', 'bpf_ima_inode_hash'],
    ['bpf_ima_inode_hash()', 'helper', 'bpf_ima_inode_hash'],
    ['inode_hash', 'helper', 'bpf_ima_inode_hash'],
    ['忙轮询', 'feature', 'so-prefer-busy-poll'],
    ['内存', 'feature', 'memcg-bpf-memory-accounting'],
    ['安全模块', 'program-type', 'BPF_PROG_TYPE_LSM'],
    ['busy pol', 'feature', 'so-prefer-busy-poll'],
    ['busy poling', 'feature', 'so-prefer-busy-poll'],
    ['ringbuf', 'map-type', 'BPF_MAP_TYPE_RINGBUF'],
    ['ringbuff', 'map-type', 'BPF_MAP_TYPE_RINGBUF'],
    ['secureexec', 'helper', 'bpf_bprm_opts_set'],
    // The digest's first 5.11 record (issue 1): what landed in a version comes in digest order.
    ['5.11', 'feature', 'split-btf-in-kernel'],
    ['kernel modules', 'feature', 'btf-kernel-modules'],
    ['校验器', 'feature', 'verifier-stack-pointers-in-helper-calls'],
    ['set_attach_target', 'feature', 'libbpf-set-attach-target-btf'],
    ['task_acq', 'kfunc', 'bpf_task_acquire'],
    ['co-re', 'explainer', 'co-re'],
  ])('%s → %s %s', async (q, kind, id) => {
    const { hits } = await search(q);
    expect(hits[0], `no results for ${q}`).toBeDefined();
    expect({ kind: hits[0].kind, id: hits[0].id }).toEqual({ kind, id });
  });
});

describe('a helper and the digest feature naming it sit side by side', () => {
  it.each(['bpf_ima_inode_hash', 'BPF_FUNC_ima_inode_hash', 'ima_inode_hash', 'ima_inode'])('%s: helper, then feature', async (q) => {
    const { hits } = await search(q);
    expect(hits.slice(0, 2).map((h) => `${h.kind}:${h.id}`)).toEqual(['helper:bpf_ima_inode_hash', 'feature:bpf-ima-inode-hash']);
  });

  it('coarse: the helper, then its feature', async () => {
    const { hits } = await search('coarse');
    expect(hits.slice(0, 2).map((h) => `${h.kind}:${h.id}`)).toEqual(['helper:bpf_ktime_get_coarse_ns', 'feature:bpf-ktime-get-coarse-ns']);
  });

  it('ringbuf: the map type, then the libbpf feature that names it, before the ringbuf helpers', async () => {
    const { hits } = await search('ringbuf');
    expect(hits.slice(0, 2).map((h) => `${h.kind}:${h.id}`)).toEqual(['map-type:BPF_MAP_TYPE_RINGBUF', 'feature:ring-buffer-epoll-fd']);
    expect(hits.slice(2).some((h) => h.id === 'bpf_ringbuf_output')).toBe(true);
  });
});

describe('what a query finds', () => {
  it('安全模块 finds the LSM features', async () => {
    const ids = (await search('安全模块')).hits.slice(0, 6).map((h) => h.id);
    expect(ids).toEqual(expect.arrayContaining(['bpf-ima-inode-hash', 'bpf-bprm-opts-set']));
  });

  it('a one-character Chinese query finds records with that character', async () => {
    const { hits } = await search('存');
    expect(hits[0].id).toBe('memcg-bpf-memory-accounting');
  });

  it('5.11 lists only what landed in 5.11, the digest features first', async () => {
    const { hits, total, counts } = await search('5.11', { limit: 100 });
    expect(total).toBeGreaterThan(10);
    expect(hits.every((h) => h.kernel === '5.11')).toBe(true);
    expect(counts.feature).toBeGreaterThanOrEqual(10);
    const firstOther = hits.findIndex((h) => h.kind !== 'feature');
    expect(hits.slice(firstOther).some((h) => h.kind === 'feature')).toBe(false);
    expect(hits.some((h) => h.kind === 'helper' && h.id === 'bpf_ima_inode_hash')).toBe(true);
  });

  it('linux 5.11 and v5.11 mean 5.11', async () => {
    const base = (await search('5.11')).hits.map((h) => h.docId);
    expect((await search('linux 5.11')).hits.map((h) => h.docId)).toEqual(base);
    expect((await search('v5.11')).hits.map((h) => h.docId)).toEqual(base);
  });

  it('the same query in zh and en finds the same things, titled and linked per language', async () => {
    const zh = await search('bpf_ima_inode_hash', { lang: 'zh' });
    const en = await search('bpf_ima_inode_hash', { lang: 'en' });
    expect(zh.hits.map((h) => h.docId)).toEqual(en.hits.map((h) => h.docId));
    expect(searchHitPath('zh', zh.hits[1])).toBe('/zh/features/bpf-ima-inode-hash');
    expect(searchHitPath('en', en.hits[1])).toBe('/en/features/bpf-ima-inode-hash');
    expect(zh.hits[1].title).toContain('帮助函数');
    expect(searchHitPath('en', en.hits[0])).toBe('/en/helpers/bpf_ima_inode_hash');
  });

  it('marks the matched part of titles', async () => {
    const hit = (await search('ima_inode')).hits[0];
    expect(hit.title.slice(...hit.titleRanges[0])).toBe('ima_inode');
  });
});

describe('filters', () => {
  it('kind keeps one kind; counts still cover every kind', async () => {
    const all = await search('ima');
    const helpers = await search('ima', { kind: 'helper' });
    expect(helpers.hits.every((h) => h.kind === 'helper')).toBe(true);
    expect(helpers.total).toBe(all.counts.helper);
    expect(helpers.counts).toEqual(all.counts);
  });

  it('category keeps features of that category', async () => {
    const { hits } = await search('bpf', { category: 'security', limit: 100 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.kind === 'feature')).toBe(true);
    expect(hits.map((h) => h.id).sort()).toEqual([
      'bpf-bprm-opts-set',
      'bpf-ima-inode-hash',
      'htab-large-keys',
      'ringbuf-sleepable-progs',
      'sleepable-progs-percpu-map-in-map',
      'task-local-storage',
      'trampoline-link-reattach',
    ]);
  });

  it('kernel range keeps what landed in it', async () => {
    const { hits } = await search('ringbuf', { from: '5.8', to: '5.8', limit: 100 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.kernel === '5.8')).toBe(true);
    expect((await search('ringbuf', { from: '6.0' })).hits.every((h) => Number(h.kernel!.split('.')[0]) >= 6)).toBe(true);
  });

  it('text language: 忙轮询 still finds the feature through its zh text; English words only in en text do not match in zh', async () => {
    expect((await search('忙轮询', { textLang: 'zh' })).hits[0]?.id).toBe('so-prefer-busy-poll');
    expect((await search('drawbacks', { textLang: 'en' })).hits[0]?.id).toBe('memcg-bpf-memory-accounting');
    expect((await search('drawbacks', { textLang: 'zh' })).total).toBe(0);
  });

  it('limit caps the hits, not the total', async () => {
    const r = await search('bpf', { limit: 3 });
    expect(r.hits).toHaveLength(3);
    expect(r.total).toBeGreaterThan(100);
  });
});

describe('odd input is just text', () => {
  it.each([
    '<img src=x onerror=alert(1)>',
    '"quoted"',
    "it's",
    '(*.+?[',
    '\\',
    '😀',
    '𠀀',
    'ＢＰＦ＿ＩＭＡ',
    '\u0000',
    '   ',
    '_',
    '__',
    '.',
    '5.',
    '...',
  ])('%j does not throw', async (q) => {
    const r = await search(q);
    expect(r.total).toBeGreaterThanOrEqual(0);
    for (const h of r.hits) for (const [s, e] of h.titleRanges) expect(0 <= s && s < e && e <= h.title.length).toBe(true);
  });

  it('full-width input is normalised', async () => {
    expect((await search('ＢＰＦ＿ＩＭＡ＿ＩＮＯＤＥ＿ＨＡＳＨ')).hits[0]?.id).toBe('bpf_ima_inode_hash');
  });
});
