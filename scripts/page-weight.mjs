#!/usr/bin/env node
// Usage: npm run page-weight [-- --base http://127.0.0.1:3000]
// Prints the first-load JavaScript (gzip) of every page type, from the scripts each page's HTML
// loads from the build output, against the credits page (layout and text only) as the bare page.
// Without --base it serves the current build itself (building first when needed).
import { gzipSync } from 'node:zlib';
import { serveBuild } from './serve-build.mjs';

export const READING_PAGES = ['', '/issues/2', '/features/bpf-ima-inode-hash', '/helpers/bpf_ima_inode_hash', '/explainers/co-re'];
const OTHER_PAGES = ['/issues', '/helpers', '/search?q=ima', '/probe', '/compare?from=5.10&to=5.11'];
export const BARE_PAGE = '/credits';
export const BUDGET = 1.1;

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
    const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
    console.log(`first-load JS (gzip), bare page /en${BARE_PAGE}: ${kb(bare)}`);
    let over = 0;
    for (const path of [...READING_PAGES, ...OTHER_PAGES]) {
      for (const lang of ['en', 'zh']) {
        const bytes = await firstLoadJs(base, `/${lang}${path}`);
        const reading = READING_PAGES.includes(path);
        const ratio = bytes / bare;
        if (reading && ratio > BUDGET) over++;
        console.log(
          `  /${lang}${path}`.padEnd(44),
          kb(bytes).padStart(9),
          `${ratio.toFixed(2)}×`,
          reading ? (ratio > BUDGET ? `OVER ${BUDGET}×` : 'reading page: ok') : '',
        );
      }
    }
    if (over) process.exitCode = 1;
  } finally {
    served?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
