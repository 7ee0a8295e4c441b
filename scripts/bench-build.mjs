#!/usr/bin/env node
// Usage: npm run bench:build [-- --n 1000] [-- --skip-shipped]
// Prints, for the shipped content and for N synthetic issues: the content pipeline time and the
// full build time (`npm run build`: the content check beside `next build`), cold (no MDX cache, no
// build dir) and warm after changing one issue (the app is unchanged, so that build is the content
// check alone), and, for comparison, the same with --full (which runs `next build` anyway).
// Runs in its own build dir (.next-bench) and MDX cache, so it leaves your build alone.
import { spawnSync } from 'node:child_process';
import { appendFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const n = args.includes('--n') ? Number(args[args.indexOf('--n') + 1]) : 1000;
if (!Number.isInteger(n) || n < 0) {
  console.error('usage: npm run bench:build [-- --n 1000] [-- --skip-shipped]');
  process.exit(2);
}
const skipShipped = args.includes('--skip-shipped');
const DIST = '.next-bench';
const CACHE = path.resolve('.cache/bench-mdx');

function run(command, argv, env) {
  const started = performance.now();
  const result = spawnSync(command, argv, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-3000), result.stderr.slice(-3000));
    throw new Error(`${command} ${argv.join(' ')} failed`);
  }
  return seconds;
}

const tsx = require.resolve('tsx/cli');
const contentCheck = (env) => run(process.execPath, [tsx, 'scripts/content-check.ts'], env);
// What `npm run build` runs (it leaves tsconfig.json and next-env.d.ts as they were).
const fullBuild = (env, args = []) => run(process.execPath, ['scripts/build.mjs', ...args], { ...env, NEXT_DIST_DIR: DIST });

/** Appends a sentence to one issue's zh and en files: the "one change" of a warm rebuild. */
function changeOneIssue(dir) {
  const issues = readdirSync(path.join(dir, 'issues')).sort();
  const folder = path.join(dir, 'issues', issues[Math.floor(issues.length / 2)]);
  for (const lang of ['zh', 'en']) appendFileSync(path.join(folder, `${lang}.mdx`), `\nChanged at ${Date.now()}.\n`);
}

function measure(label, contentDir) {
  const env = { CONTENT_DIR: contentDir, MDX_CACHE_DIR: CACHE };
  rmSync(CACHE, { recursive: true, force: true });
  rmSync(DIST, { recursive: true, force: true });
  const pipelineCold = contentCheck(env);
  rmSync(CACHE, { recursive: true, force: true });
  const buildCold = fullBuild(env);
  changeOneIssue(contentDir);
  const pipelineWarm = contentCheck(env);
  changeOneIssue(contentDir);
  const buildWarm = fullBuild(env);
  changeOneIssue(contentDir);
  const buildWarmFull = fullBuild(env, ['--full']);
  const row = { label, pipelineCold, pipelineWarm, buildCold, buildWarm, ratio: buildWarm / buildCold };
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(
    `${label.padEnd(26)} pipeline cold ${pipelineCold.toFixed(1).padStart(6)} s  warm ${pipelineWarm.toFixed(1).padStart(5)} s | ` +
      `build cold ${buildCold.toFixed(1).padStart(6)} s  warm ${buildWarm.toFixed(1).padStart(5)} s (${(row.ratio * 100).toFixed(0)} % of cold)  ` +
      `warm --full ${buildWarmFull.toFixed(1).padStart(5)} s (${((buildWarmFull / buildCold) * 100).toFixed(0)} %)  [load average ${load}]`,
  );
  return row;
}

console.log(`bench:build on ${os.cpus().length} cores, Node ${process.version}`);
const scratch = path.join(os.tmpdir(), `ebpf-digest-bench-${process.pid}`);
try {
  if (!skipShipped) {
    run(process.execPath, ['scripts/generate-content.mjs', '0', `${scratch}-shipped`], {});
    measure('shipped content', `${scratch}-shipped`);
  }
  run(process.execPath, ['scripts/generate-content.mjs', String(n), `${scratch}-${n}`], {});
  const big = measure(`N = ${n} synthetic issues`, `${scratch}-${n}`);
  const met = big.buildCold <= 180 && big.ratio <= 0.25;
  console.log(
    `targets: N = ${n} cold build ≤ 180 s: ${big.buildCold <= 180 ? 'met' : 'MISSED'}; warm ≤ 25 % of cold: ${big.ratio <= 0.25 ? 'met' : 'MISSED'}`,
  );
  if (!met) process.exitCode = 1;
} finally {
  rmSync(`${scratch}-shipped`, { recursive: true, force: true });
  rmSync(`${scratch}-${n}`, { recursive: true, force: true });
  rmSync(DIST, { recursive: true, force: true });
}
