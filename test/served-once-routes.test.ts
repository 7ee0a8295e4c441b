/**
 * Routes made once per process from the loaded content (not prerendered at build time): they
 * answer from the content and revalidate by ETag (304 when the client has the current body).
 */
import { describe, expect, it } from 'vitest';
import { GET as feed } from '../app/[lang]/feed.xml/route';
import { GET as features } from '../app/api/features/route';
import { GET as collect } from '../app/collect.sh/route';
import { GET as searchIndex } from '../app/search-index.json/route';
import sitemap from '../app/sitemap';
import { loadSearchIndex, searchIndex as search } from '../lib/search/engine';
import { ISSUE_2_FEATURE_IDS } from './issue-2';

const url = 'http://127.0.0.1:3000/search-index.json';

describe('/search-index.json', () => {
  it('serves the index the server searches, with an entity tag; the same tag answers 304', async () => {
    const first = await searchIndex(new Request(url));
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/json');
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const index = loadSearchIndex(await first.json());
    const hits = search(index, { q: 'ima', lang: 'en', limit: 5 }).hits;
    expect(hits.map((h) => h.id)).toContain('bpf_ima_inode_hash');

    const again = await searchIndex(new Request(url, { headers: { 'if-none-match': etag! } }));
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    const stale = await searchIndex(new Request(url, { headers: { 'if-none-match': '"other"' } }));
    expect(stale.status).toBe(200);
  });
});

describe('content routes', () => {
  it('/api/features lists every record of the content; its tag answers 304', async () => {
    const response = await features(new Request('http://x/api/features'));
    const ids = ((await response.json()) as { features: { id: string }[] }).features.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining([...ISSUE_2_FEATURE_IDS]));
    const etag = response.headers.get('etag')!;
    expect((await features(new Request('http://x/api/features', { headers: { 'if-none-match': etag } }))).status).toBe(304);
  });

  it('feeds per language, each with its own tag; another language is 404', async () => {
    const params = (lang: string) => ({ params: Promise.resolve({ lang }) });
    const zh = await feed(new Request('http://x/zh/feed.xml'), params('zh'));
    const en = await feed(new Request('http://x/en/feed.xml'), params('en'));
    expect(zh.headers.get('content-type')).toContain('application/rss+xml');
    expect(await zh.text()).toContain('<rss');
    expect(zh.headers.get('etag')).not.toBe(en.headers.get('etag'));
    const conditional = new Request('http://x/zh/feed.xml', { headers: { 'if-none-match': zh.headers.get('etag')! } });
    expect((await feed(conditional, params('zh'))).status).toBe(304);
    expect((await feed(new Request('http://x/fr/feed.xml'), params('fr'))).status).toBe(404);
  });

  it('/collect.sh is the collector script with the names to look up; its tag answers 304', async () => {
    const response = await collect(new Request('http://x/collect.sh'));
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const text = await response.text();
    expect(text.startsWith('#!/bin/sh')).toBe(true);
    expect(text).toMatch(/^WANTED_SYSCTLS='\n(.*\n)*net\.core\.busy_poll\n/m); // named by a feature of issue 2
    // The evaluator's rules, for --format prometheus: a helper's BTF evidence and its kernel.
    expect(text).toMatch(/^helper bpf_ima_inode_hash btf-enum:bpf_func_id:BPF_FUNC_ima_inode_hash kernel:5\.11$/m);
    const conditional = new Request('http://x/collect.sh', { headers: { 'if-none-match': response.headers.get('etag')! } });
    expect((await collect(conditional)).status).toBe(304);
  });

  it('the sitemap names every feature page', async () => {
    const urls = (await sitemap()).map((e) => e.url);
    for (const id of ISSUE_2_FEATURE_IDS) expect(urls.some((u) => u.endsWith(`/zh/features/${id}`))).toBe(true);
  });
});
