#!/usr/bin/env node
// Usage: npm run page-weight [-- --base http://127.0.0.1:3000]
// Prints, for every page type: the first-load JavaScript (gzip), from the scripts each page's HTML
// loads from the build output, against a bare Next.js page: the credits page (layout and text only)
// as Next serves it per request, with its runtime (a query keeps the server's rewrite off it); and the
// page's HTML with the share of it that is inline flight data (`self.__next_f.push(…)`, what React
// hydrates from; a reading page served without Next's runtime has none). Budgets: reading pages ≤ 1.10 × the bare page's JS; the timeline's
// flight data ≤ 25 % of its HTML; a reading page's flight data no more than the bare page's plus
// 3 kB (its content is in the HTML once, not again in the flight data). Exits 1 over a budget.
// Without --base it serves the current build itself (building first when needed).
import { gzipSync } from 'node:zlib';
import { serveBuild } from './serve-build.mjs';

export const READING_PAGES = ['', '/issues/2', '/features/bpf-ima-inode-hash', '/helpers/bpf_ima_inode_hash', '/explainers/co-re'];
const OTHER_PAGES = ['/issues', '/helpers', '/search?q=ima', '/probe', '/compare?from=5.10&to=5.11'];
/** A bare Next.js page: layout and text, Next's runtime (a query makes it a page rendered per request). */
export const BARE_PAGE = '/credits?bare';
export const BUDGET = 1.1;
/** The timeline (both languages): inline flight data at most this share of the HTML. */
export const TIMELINE_FLIGHT_SHARE = 0.25;
/** A reading page's inline flight data: at most the bare page's plus this. */
export const FLIGHT_OVER_BARE = 3 * 1024;

/** Script URLs a page loads (src attributes), in order, without duplicates. */
function scriptSources(html) {
  return [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&')))];
}

const sizes = new Map();
async function gzipSize(base, src) {
  if (!sizes.has(src)) {
    const response = await fetch(new URL(src, base));
    sizes.set(src, response.ok ? gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length : 0);
  }
  return sizes.get(src);
}

/** Bytes of a page's inline flight data: the inline scripts that push to `self.__next_f`. */
export function inlineFlightBytes(html) {
  let bytes = 0;
  for (const match of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    if (match[1].startsWith('self.__next_f')) bytes += Buffer.byteLength(match[0]);
  }
  return bytes;
}

/** A page's HTML: its size and the bytes of inline flight data in it. */
export async function htmlWeight(base, path) {
  const response = await fetch(new URL(path, base));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const html = await response.text();
  return { html: Buffer.byteLength(html), flight: inlineFlightBytes(html) };
}

/** First-load JS of one page: the gzip sizes of the scripts its HTML loads. */
export async function firstLoadJs(base, path) {
  const response = await fetch(new URL(path, base));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  let total = 0;
  for (const src of scriptSources(await response.text())) total += await gzipSize(base, src);
  return total;
}

async function main() {
  const baseIndex = process.argv.indexOf('--base');
  const served = baseIndex > 0 ? null : await serveBuild();
  const base = served?.base ?? process.argv[baseIndex + 1];
  try {
    const bare = await firstLoadJs(base, `/en${BARE_PAGE}`);
    const bareWeight = await htmlWeight(base, `/en${BARE_PAGE}`);
    const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
    console.log(
      `first-load JS (gzip), bare page /en${BARE_PAGE}: ${kb(bare)}; its HTML ${kb(bareWeight.html)}, inline flight data ${kb(bareWeight.flight)}`,
    );
    console.log(`${'page'.padEnd(34)} ${'JS (gzip)'.padStart(9)}  ratio  ${'HTML'.padStart(9)} ${'flight'.padStart(9)} share`);
    const over = [];
    for (const path of [...READING_PAGES, ...OTHER_PAGES]) {
      for (const lang of ['en', 'zh']) {
        const url = `/${lang}${path}`;
        const bytes = await firstLoadJs(base, url);
        const { html, flight } = await htmlWeight(base, url);
        const reading = READING_PAGES.includes(path);
        const ratio = bytes / bare;
        const share = flight / html;
        if (reading && ratio > BUDGET) over.push(`${url}: JS ${ratio.toFixed(2)}× > ${BUDGET}×`);
        if (reading && flight > bareWeight.flight + FLIGHT_OVER_BARE)
          over.push(`${url}: flight data ${kb(flight)} > bare ${kb(bareWeight.flight)} + 3 kB`);
        if (path === '' && share > TIMELINE_FLIGHT_SHARE) over.push(`${url}: flight data ${(share * 100).toFixed(1)} % of the HTML > 25 %`);
        console.log(
          `  ${url}`.padEnd(34),
          kb(bytes).padStart(9),
          `${ratio.toFixed(2)}×`,
          kb(html).padStart(9),
          kb(flight).padStart(9),
          `${(share * 100).toFixed(1).padStart(4)} %`,
          reading ? 'reading page' : '',
        );
      }
    }
    console.log(
      over.length
        ? `OVER BUDGET: ${over.join('; ')}`
        : 'budgets met: reading pages ≤ 1.10× the bare JS, flight data ≤ bare + 3 kB, timeline flight ≤ 25 % of its HTML',
    );
    if (over.length) process.exitCode = 1;
  } finally {
    served?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
