import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { flightClientNames, loadIslands, withoutNextRuntime, type IslandsManifest } from './islands.mjs';
import { inlineScripts } from './inline-scripts.mjs';

const MANIFEST: IslandsManifest = {
  boot: '/_islands/boot-ABC.js',
  clientExports: ['CompareWithHost', 'LanguageSwitch', 'StaticPart', 'NotFoundMessage', 'ProbeView'],
};

/** Flight data as Next 16 writes it: rows in pushed strings, a name that is a `$id` reference. */
const flight = (rows: string[]) =>
  [
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    `<script>self.__next_f.push(${JSON.stringify([1, rows.join('\n') + '\n'])})</script>`,
  ].join('');

/** A reading page as Next renders it (the shape of a real render, cut down). */
const page = (clientRows: string[]) =>
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/w.js"/>' +
  '<script src="/_next/static/chunks/x.js" async=""></script>' +
  '<script>try{document.documentElement.dataset.theme="dark"}catch(e){}</script>' +
  '<script src="/_next/static/chunks/p.js" noModule=""></script>' +
  '</head><body><header><div class="contents" data-island="SearchBox" data-props="{}"><input/></div></header>' +
  '<main><p>Linux 5.11</p></main>' +
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>' +
  '<script src="/_next/static/chunks/w.js" async=""></script>' +
  flight([
    '1:"$Sreact.fragment"',
    '2:"/_next/static/chunks/x.js"',
    '3:I[39756,["$2"],"default"]',
    'f:"ViewportBoundary"',
    '10:I[97367,["$2"],"$f"]',
    ...clientRows,
  ]) +
  '</body></html>';

const ISLANDS_ONLY = [
  '17:I[51602,["$2"],"SearchBox"]',
  '18:I[62474,["$2"],"ThemeToggle"]',
  '19:I[85109,["$2"],"LanguageSwitch"]',
  '20:I[5087,["$2"],"StaticPart"]',
];

describe('flightClientNames', () => {
  it('lists the export names of the client references, resolving `$id` names', () => {
    expect(flightClientNames(page(ISLANDS_ONLY)).sort()).toEqual([
      'LanguageSwitch',
      'SearchBox',
      'StaticPart',
      'ThemeToggle',
      'ViewportBoundary',
      'default',
    ]);
  });
});

describe('withoutNextRuntime', () => {
  it("takes out Next's scripts, preloads and flight data, keeps the page's own script and styles, and adds the islands bundle", () => {
    const result = withoutNextRuntime(page(ISLANDS_ONLY), MANIFEST);
    expect(result.withoutNext).toBe(true);
    const { html } = result;
    expect(html).not.toMatch(/_next\/static\/chunks\/[^"]*\.js|__next_f|TURBOPACK/);
    expect(inlineScripts(html)).toEqual(['try{document.documentElement.dataset.theme="dark"}catch(e){}']);
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(html).toContain('<script type="module" src="/_islands/boot-ABC.js"></script></head>');
    expect(html).toContain('<div class="contents" data-island="SearchBox" data-props="{}"><input/></div>');
    expect(html).toContain('<main><p>Linux 5.11</p></main>');
  });

  it('keeps the page as it is when a client component that is not an island is on it, named directly or by reference', () => {
    const direct = withoutNextRuntime(page([...ISLANDS_ONLY, '21:I[1,["$2"],"CompareWithHost"]']), MANIFEST);
    expect(direct).toMatchObject({ withoutNext: false, why: expect.stringContaining('CompareWithHost') });
    expect(direct.html).toBe(page([...ISLANDS_ONLY, '21:I[1,["$2"],"CompareWithHost"]']));
    const byReference = withoutNextRuntime(page([...ISLANDS_ONLY, '22:"ProbeView"', '23:I[1,["$2"],"$22"]']), MANIFEST);
    expect(byReference).toMatchObject({ withoutNext: false, why: expect.stringContaining('ProbeView') });
  });

  it('keeps a page without flight data, and one whose Next scripts it does not recognise', () => {
    expect(withoutNextRuntime('<html><head></head><body>x</body></html>', MANIFEST)).toMatchObject({ withoutNext: false });
    const odd = page(ISLANDS_ONLY).replace('<main>', "<main><script src='/_next/static/chunks/odd.js'></script>");
    expect(withoutNextRuntime(odd, MANIFEST)).toMatchObject({ withoutNext: false, why: expect.stringContaining('does not know') });
  });
});

describe('loadIslands', () => {
  const servers: http.Server[] = [];
  afterEach(() => servers.splice(0).forEach((s) => s.close()));

  function islandsDir() {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'islands-')), 'islands');
    mkdirSync(dir);
    const js = 'console.log("island");'.repeat(50);
    writeFileSync(path.join(dir, 'boot-ABC.js'), js);
    writeFileSync(path.join(dir, 'boot-ABC.js.br'), zlib.brotliCompressSync(js));
    writeFileSync(path.join(dir, 'boot-ABC.js.gz'), zlib.gzipSync(js));
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(MANIFEST));
    return { dir, js };
  }

  async function get(dir: string, url: string, headers: Record<string, string> = {}) {
    const islands = loadIslands(dir);
    const server = http.createServer((req, res) => {
      if (!islands.serve(req, res)) {
        res.writeHead(418);
        res.end();
      }
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: url, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
  }

  it('serves the files in the coding asked for, kept a year; other names under the prefix are 404; other URLs are not its', async () => {
    const { dir, js } = islandsDir();
    const br = await get(dir, '/_islands/boot-ABC.js', { 'accept-encoding': 'gzip, br' });
    expect(br.status).toBe(200);
    expect(br.headers).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'content-encoding': 'br',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    });
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(js);
    const plain = await get(dir, '/_islands/boot-ABC.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(js);
    expect((await get(dir, '/_islands/manifest.json')).status).toBe(404);
    expect((await get(dir, '/_islands/../BUILD_ID')).status).toBe(404);
    expect((await get(dir, '/en/issues/2')).status).toBe(418);
  });

  it('a build without the bundle: no manifest (pages keep Next), nothing served', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'islands-')), 'islands');
    expect(loadIslands(dir).manifest).toBeNull();
    expect((await get(dir, '/_islands/boot-ABC.js')).status).toBe(404);
  });
});
