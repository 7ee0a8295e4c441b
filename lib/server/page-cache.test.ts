import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { pickCoding } from './http-cache.mjs';
import { createPageCache } from './page-cache.mjs';

const PAGE =
  '<!DOCTYPE html><html><head><script>boot()</script></head><body><p>Linux 5.11</p><script>self.__next_f.push([1,"x"])</script><script src="/a.js" async=""></script></body></html>';
const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'x-frame-options': 'DENY',
  'cache-control': 'private, no-store',
  'content-security-policy': "script-src 'self'",
};

type Rendered = { status: number; headers: Record<string, string>; body: Buffer };
const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

/** A page cache behind a real HTTP server, with a render that counts its calls. */
async function serve(
  render: (target: string) => Promise<Rendered>,
  options: { maxBytes?: number; keepable?: (target: string) => boolean; rewrite?: (html: string) => string } = {},
) {
  const calls: string[] = [];
  const cache = createPageCache({
    render: (target: string) => {
      calls.push(target);
      return render(target);
    },
    buildId: 'build-1',
    lastModified: new Date('2026-11-30T10:00:00Z'),
    ...options,
  });
  const server = http.createServer((req, res) => {
    cache.serve(req, res).catch((error: Error) => {
      res.writeHead(599);
      res.end(error.message);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject)
        .end();
    });
  return { cache, calls, get };
}

const page =
  (status = 200, headers: Record<string, string> = HEADERS, body = PAGE) =>
  async () => ({ status, headers, body: Buffer.from(body) });

describe('reading pages rendered once', () => {
  it('renders a page once for any number of concurrent first requests, then serves it kept', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { cache, calls, get } = await serve(async () => {
      await gate;
      return { status: 200, headers: HEADERS, body: Buffer.from(PAGE) };
    });
    const answers = Array.from({ length: 10 }, () => get('/en/issues/2'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    const bodies = (await Promise.all(answers)).map((a) => a.body.toString());
    expect(new Set(bodies)).toEqual(new Set([PAGE]));
    expect((await get('/en/issues/2')).body.toString()).toBe(PAGE);
    expect(calls).toEqual(['/en/issues/2']);
    expect(cache.stats()).toMatchObject({ renders: 1, keptPages: 1 });
  });

  it('sends the hashes of exactly its inline scripts in a CSP without unsafe-inline or a nonce, and cacheable headers', async () => {
    const { get } = await serve(page());
    const { headers } = await get('/en');
    const csp = String(headers['content-security-policy']);
    const scriptSrc = /script-src ([^;]*)/.exec(csp)![1]!.split(' ');
    expect(scriptSrc).toEqual(["'self'", `'sha256-${sha256('boot()')}'`, `'sha256-${sha256('self.__next_f.push([1,"x"])')}'`]);
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toContain("'nonce-");
    expect(headers['cache-control']).toBe('public, max-age=0, s-maxage=300, stale-while-revalidate=86400');
    expect(headers['last-modified']).toBe('Mon, 30 Nov 2026 10:00:00 GMT');
    expect(headers.etag).toMatch(/^"[\w-]{27}"$/);
    expect(headers.vary).toContain('Accept-Encoding');
    expect(headers['x-frame-options']).toBe('DENY'); // the render's other headers are kept
  });

  it('keeps, tags and hashes the page as rewritten (Next runtime out), and leaves a page that is not a 200 as it came', async () => {
    const rewrite = (html: string) =>
      html.replace(/<script>self[^<]*<\/script>/, '').replace('</head>', '<script>islands()</script></head>');
    const { get } = await serve(async (target) => (target === '/en/issues/99' ? page(404)() : page()()), { rewrite });
    const kept = await get('/en');
    expect(kept.body.toString()).toBe(rewrite(PAGE));
    const scriptSrc = /script-src ([^;]*)/.exec(String(kept.headers['content-security-policy']))![1]!.split(' ');
    expect(scriptSrc).toEqual(["'self'", `'sha256-${sha256('boot()')}'`, `'sha256-${sha256('islands()')}'`]);
    expect((await get('/en', { 'if-none-match': kept.headers.etag! })).status).toBe(304);
    expect((await get('/en/issues/99')).body.toString()).toBe(PAGE);
  });

  it('sends brotli or gzip as the client takes them, each with its own tag; 304 for any coding of the same page', async () => {
    const { get } = await serve(page());
    const br = await get('/en', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(PAGE);
    const gz = await get('/en', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(PAGE);
    const plain = await get('/en');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(PAGE);
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(PAGE));
    const tag = plain.headers.etag!;
    expect(br.headers.etag).toBe(`${tag.slice(0, -1)}-br"`);
    expect(gz.headers.etag).toBe(`${tag.slice(0, -1)}-gzip"`);

    const notModified = await get('/en', { 'if-none-match': br.headers.etag!, 'accept-encoding': 'gzip' });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers.etag).toBe(gz.headers.etag);
    expect(notModified.headers['cache-control']).toContain('s-maxage');
    expect((await get('/en', { 'if-none-match': '"another"' })).status).toBe(200);
    expect((await get('/en', { 'if-modified-since': 'Mon, 30 Nov 2026 10:00:00 GMT' })).status).toBe(304);
    expect((await get('/en', { 'if-modified-since': 'Mon, 30 Nov 2026 09:00:00 GMT' })).status).toBe(200);
  });

  it('answers HEAD with the headers alone', async () => {
    const { get } = await serve(page());
    const head = await get('/en', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength(PAGE));
  });

  it('does not keep what is not a 200 HTML page (an unknown issue): sent with its hashes, not stored', async () => {
    const notFound = '<html><script>nf()</script></html>';
    const { cache, calls, get } = await serve(page(404, HEADERS, notFound));
    const first = await get('/en/issues/99');
    expect(first.status).toBe(404);
    expect(first.headers['cache-control']).toBe('private, no-store');
    expect(first.headers.etag).toBeUndefined();
    expect(first.headers['content-security-policy']).toContain(`'sha256-${sha256('nf()')}'`);
    await get('/en/issues/99');
    expect(calls).toHaveLength(2);
    expect(cache.stats().keptPages).toBe(0);
  });

  it('does not keep the targets it is told not to (other spellings of a path), but answers them the same', async () => {
    const { cache, calls, get } = await serve(page(), { keepable: (target) => !target.includes('%') });
    for (let i = 0; i < 2; i++) {
      const answer = await get('/en/helpers/bpf%5Fima');
      expect(answer.body.toString()).toBe(PAGE);
      expect(answer.headers['content-security-policy']).toContain("'sha256-");
    }
    expect(calls).toEqual(['/en/helpers/bpf%5Fima', '/en/helpers/bpf%5Fima']);
    await get('/en/helpers/bpf_ima');
    await get('/en/helpers/bpf_ima');
    expect(cache.stats().keptPages).toBe(1);
  });

  it('does not keep a page that sets a cookie', async () => {
    const { calls, get } = await serve(page(200, { ...HEADERS, 'set-cookie': 'a=b' }));
    expect((await get('/en')).headers['cache-control']).toBe('private, no-store');
    await get('/en');
    expect(calls).toHaveLength(2);
  });

  it('drops the least recently used pages beyond its memory, and renders them again when asked', async () => {
    // Random bytes hardly compress: each page holds about 2 × 12 kB (brotli and gzip).
    const big = () => `<html><p>${randomBytes(12_000).toString('base64')}</p></html>`;
    const { cache, calls, get } = await serve(async () => ({ status: 200, headers: HEADERS, body: Buffer.from(big()) }), {
      maxBytes: 70_000,
    });
    await get('/en/issues/1');
    await get('/en/issues/2');
    await get('/en/issues/1'); // 1 is now the most recently used
    await get('/en/issues/3');
    expect(cache.stats().keptBytes).toBeLessThanOrEqual(70_000);
    expect(cache.stats().keptPages).toBe(2);
    await get('/en/issues/1');
    await get('/en/issues/2');
    expect(calls).toEqual(['/en/issues/1', '/en/issues/2', '/en/issues/3', '/en/issues/2']);
  });

  it('passes a failed render on (the server then renders the page for that request) and tries again next time', async () => {
    let fail = true;
    const { get } = await serve(async () => {
      if (fail) throw new Error('render failed');
      return { status: 200, headers: HEADERS, body: Buffer.from(PAGE) };
    });
    const failed = await get('/en');
    expect(failed.status).toBe(599);
    expect(failed.body.toString()).toBe('render failed');
    fail = false;
    expect((await get('/en')).status).toBe(200);
  });
});

describe('pickCoding', () => {
  it('prefers brotli, then gzip, honours q=0 and *', () => {
    expect(pickCoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickCoding('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(pickCoding('identity')).toBe('identity');
    expect(pickCoding(undefined)).toBe('identity');
    expect(pickCoding('*')).toBe('br');
    expect(pickCoding('*;q=0, gzip')).toBe('gzip');
  });
});
