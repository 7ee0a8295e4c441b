#!/usr/bin/env node
// @ts-check
// Usage: node scripts/build-islands.mjs   (npm run build runs it after `next build`)
// Bundles the islands (components/islands-boot.tsx) with esbuild into <distDir>/islands/: content-
// hashed ES modules, each with .br and .gz beside it, and manifest.json, which tells scripts/serve.mjs
// the boot module's URL and every client component's exports but the islands' (a reading page
// whose flight data names one of those keeps Next's runtime: lib/server/islands.mjs).
import { readdirSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { build } from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const BOOT_ENTRY = 'components/islands-boot.tsx';

/** The URL path the islands are served under (scripts/serve.mjs). */
const ISLANDS_PATH = '/_islands/';

/**
 * The names of the island registry (`export const ISLANDS = { A, B }` in components/islands.ts).
 * @param {string} source
 */
export function islandNames(source) {
  const body = /export const ISLANDS = \{([^}]*)\}/.exec(source)?.[1];
  if (body === undefined) throw new Error('components/islands.ts: no `export const ISLANDS = { … }`');
  return body
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * The exported names of every client component ('use client' module) under these folders.
 * @param {string[]} dirs
 */
export function clientExports(dirs) {
  /** @type {Set<string>} */
  const names = new Set();
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        const source = readFileSync(file, 'utf8');
        if (!/^\s*(?:\/\/[^\n]*\n\s*)*['"]use client['"]/.test(source)) continue;
        for (const m of source.matchAll(/^export (?:async )?(?:function|const|class) (\w+)/gm)) names.add(/** @type {string} */ (m[1]));
        if (/^export default /m.test(source)) names.add('default');
      }
    }
  };
  dirs.forEach(walk);
  return [...names].sort();
}

/**
 * The islands bundle, made by esbuild into `outdir` (or only in memory with `write: false`, for tests),
 * with its metafile.
 * @param {string} outdir
 * @param {{ write?: boolean }} [options]
 */
export function bundleIslands(outdir, { write = true } = {}) {
  return build({
    absWorkingDir: root,
    entryPoints: { boot: BOOT_ENTRY },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    jsx: 'automatic',
    // As in Next's browser bundles: production React, and no server environment (lib/site.ts's SITE_URL
    // falls back as it does there; canonical URLs are the server's business).
    define: { 'process.env.NODE_ENV': '"production"', 'process.env': '{}' },
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    outdir,
    write,
    metafile: true,
    logLevel: 'warning',
  });
}

async function main() {
  const distDir = path.resolve(root, process.env.NEXT_DIST_DIR ?? '.next');
  const outdir = path.join(distDir, 'islands');
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await bundleIslands(outdir);
  /** @type {string | undefined} */
  let boot;
  const files = [];
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const name = path.basename(file);
    if (output.entryPoint === BOOT_ENTRY) boot = name;
    const bytes = readFileSync(path.join(root, file));
    writeFileSync(path.join(root, `${file}.br`), zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(path.join(root, `${file}.gz`), zlib.gzipSync(bytes, { level: 9 }));
    files.push({ name, bytes: bytes.length });
  }
  if (!boot) throw new Error('build-islands: esbuild made no entry module');
  const islands = islandNames(readFileSync(path.join(root, 'components/islands.ts'), 'utf8'));
  const manifest = {
    boot: `${ISLANDS_PATH}${boot}`,
    clientExports: clientExports([path.join(root, 'components'), path.join(root, 'app')]).filter((n) => !islands.includes(n)),
  };
  writeFileSync(path.join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(`build-islands: ${files.length} modules, ${(total / 1024).toFixed(1)} kB, boot ${manifest.boot}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
