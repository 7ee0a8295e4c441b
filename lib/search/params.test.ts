/** /api/search input: the pure validator, and the route handler itself. */
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/search/route';
import { parseSearchApiParams, parseSearchPageParams, searchQueryString } from './params';

const parse = (qs: string) => parseSearchApiParams(new URLSearchParams(qs));

describe('parseSearchApiParams', () => {
  it.each([
    ['', /q is required/],
    ['q=', /q is required/],
    ['q=%20%20', /q is required/],
    [`q=${'a'.repeat(201)}`, /longer than 200/],
    ['q=x&lang=fr', /lang/],
    ['q=x&kind=helpers', /kind/],
    ['q=x&category=nope', /category/],
    ['q=x&from=5', /from/],
    ['q=x&to=latest', /to/],
    ['q=x&in=de', /in/],
    ['q=x&limit=0', /limit/],
    ['q=x&limit=101', /limit/],
    ['q=x&limit=abc', /limit/],
    ['q=x&limit=1.5', /limit/],
  ])('%s → 400 (%s)', (qs, message) => {
    const r = parse(qs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('counts characters, not UTF-16 units: 200 emoji are fine', () => {
    expect(parse(`q=${encodeURIComponent('😀'.repeat(200))}`).ok).toBe(true);
    expect(parse(`q=${encodeURIComponent('😀'.repeat(201))}`).ok).toBe(false);
  });

  it('fills defaults and reads every filter', () => {
    expect(parse('q=%20ima%20')).toEqual({ ok: true, request: { q: 'ima', lang: 'zh', limit: 20 } });
    expect(parse('q=ima&lang=en&kind=helper&category=security&from=5.0&to=6.10&in=zh&limit=5&extra=1')).toEqual({
      ok: true,
      request: { q: 'ima', lang: 'en', kind: 'helper', category: 'security', from: '5.0', to: '6.10', textLang: 'zh', limit: 5 },
    });
  });
});

describe('the page is lenient', () => {
  it('drops bad filters, caps the limit and flags an over-long query', () => {
    const p = parseSearchPageParams({ q: ['ima', 'x'], kind: 'nope', from: '5.11', limit: '100000', in: 'en' });
    expect(p).toEqual({
      q: 'ima',
      tooLong: false,
      limit: 500,
      filters: { kind: undefined, category: undefined, from: '5.11', to: undefined, textLang: 'en' },
    });
    expect(parseSearchPageParams({ q: 'x'.repeat(201) }).tooLong).toBe(true);
  });

  it('round-trips through the query string', () => {
    const qs = searchQueryString('a&b=<c>', { kind: 'helper', from: '5.1', textLang: 'zh' });
    const back = parseSearchPageParams(Object.fromEntries(new URLSearchParams(qs)));
    expect(back.q).toBe('a&b=<c>');
    expect(back.filters).toMatchObject({ kind: 'helper', from: '5.1', textLang: 'zh' });
  });
});

describe('GET /api/search', () => {
  const call = async (qs: string) => {
    const res = await GET(new Request(`http://localhost/api/search?${qs}`));
    return { status: res.status, type: res.headers.get('content-type'), body: await res.json() };
  };

  it.each(['', 'q=', `q=${'x'.repeat(201)}`, 'q=x&limit=1000'])('%s → 400 with a JSON error', async (qs) => {
    const r = await call(qs);
    expect(r.status).toBe(400);
    expect(r.type).toMatch(/application\/json/);
    expect(typeof r.body.error).toBe('string');
  });

  it('answers with the documented shape and the same ranking as the page', async () => {
    const r = await call('q=bpf_ima_inode_hash&lang=en&limit=5');
    expect(r.status).toBe(200);
    expect(Object.keys(r.body)).toEqual(['query', 'total', 'counts', 'results']);
    expect(r.body.query).toBe('bpf_ima_inode_hash');
    expect(r.body.results.slice(0, 2)).toEqual([
      {
        kind: 'helper',
        id: 'bpf_ima_inode_hash',
        title: 'bpf_ima_inode_hash',
        url: '/en/helpers/bpf_ima_inode_hash',
        kernel: '5.11',
        score: expect.any(Number),
      },
      {
        kind: 'feature',
        id: 'bpf-ima-inode-hash',
        title: 'New helper bpf_ima_inode_hash()',
        url: '/en/features/bpf-ima-inode-hash',
        kernel: '5.11',
        score: expect.any(Number),
      },
    ]);
  });

  it.each(['<img src=x onerror=alert(1)>', '"\'`;--', '.*+?^${}()|[]\\', '😀🔥', '%00'])('%j is safe', async (q) => {
    const r = await call(`q=${encodeURIComponent(q)}`);
    expect(r.status).toBe(200);
    expect(r.body.query).toBe(q.trim());
    expect(Array.isArray(r.body.results)).toBe(true);
  });
});
