/**
 * Routes made once per process from the loaded content (not prerendered at build time): they
 * answer from the content, the same bytes each time, and the search index revalidates by ETag.
 */
import { describe, expect, it } from 'vitest';
import { GET as feed } from '../app/[lang]/feed.xml/route';
import { GET as features } from '../app/api/features/route';
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
  it('/api/features lists every record of the content, identically on every request', async () => {
    const [a, b] = [await (await features()).text(), await (await features()).text()];
    expect(a).toBe(b);
    const ids = (JSON.parse(a) as { features: { id: string }[] }).features.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining([...ISSUE_2_FEATURE_IDS]));
  });

  it('feeds per language; another language is 404', async () => {
    const params = (lang: string) => ({ params: Promise.resolve({ lang }) });
    const zh = await feed(new Request('http://x/zh/feed.xml'), params('zh'));
    expect(zh.headers.get('content-type')).toContain('application/rss+xml');
    expect(await zh.text()).toContain('<rss');
    expect((await feed(new Request('http://x/fr/feed.xml'), params('fr'))).status).toBe(404);
  });

  it('the sitemap names every feature page', async () => {
    const urls = (await sitemap()).map((e) => e.url);
    for (const id of ISSUE_2_FEATURE_IDS) expect(urls.some((u) => u.endsWith(`/zh/features/${id}`))).toBe(true);
  });
});
