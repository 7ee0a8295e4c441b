#!/usr/bin/env node
// Usage: npm run bench:lighthouse [-- --base http://127.0.0.1:3000] [--preset mobile|desktop|both]
//          [--runs N] [--urls /zh,/en/probe] [--lang en,zh --pages /,/issues/2] [--out DIR]
// Runs Lighthouse 12 with Debian Chromium, with its mobile preset (the default: a mid-range phone,
// 4× CPU slowdown, slow 4G, simulated) and its desktop preset, each page --runs times (default 3),
// and prints the median of each score against the targets: performance ≥ 95 on reading pages and
// ≥ 90 on the probe, total blocking time ≤ 200 ms on reading pages, accessibility 100, best
// practices and SEO ≥ 95. Pages: /zh, /en, /zh/issues/2, a helper page, /en/probe and the bare
// Next.js page /en/credits?bare (or --urls, or every --pages in every --lang). Exits 1 when a target is missed,
// listing the audits that cost points. Each page's main-thread CPU time (thread time, from the
// run's trace) is printed too: a busy host inflates Lighthouse's timings, much less the CPU a page
// costs. Without --base it serves the current build itself (scripts/start.mjs on a free port; that
// builds first when the sources changed).
// Env: CHROMIUM_PATH (default: the Chromium the browser tests find, scripts/find-browser.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  launchChrome,
  losingAudits,
  PRESETS,
  PROBE_PERFORMANCE,
  READING_TBT_MS,
  runLighthouse,
  scoreOf,
  TARGETS,
} from './lighthouse-run.mjs';
import { serveBuild } from './serve-build.mjs';

const CATEGORIES = Object.keys(TARGETS);
/** The bare Next.js page: a yardstick, measured beside the others, with no speed target of its own. */
const BARE_PAGE = '/en/credits?bare';
// The pages the targets name, and the bare Next.js page (layout and text only, with Next's runtime:
// what Next and our layout cost by themselves; the query keeps the server's rewrite off it) to read
// the others against in the same run.
const DEFAULT_URLS = ['/zh', '/en', '/zh/issues/2', '/en/helpers/bpf_ima_inode_hash', '/en/probe', BARE_PAGE];

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

function urlsToRun() {
  const urls = option('urls', null);
  if (urls) return urls.split(',').filter(Boolean);
  const langs = option('lang', null);
  const pages = option('pages', null);
  if (!langs && !pages) return DEFAULT_URLS;
  // '' (the timeline) is given as '/'.
  const pageList = (pages ?? '/,/issues/2,/helpers/bpf_ima_inode_hash,/probe').split(',').map((p) => (p === '/' ? '' : p));
  return (langs ?? 'en,zh').split(',').flatMap((lang) => pageList.map((p) => `/${lang}${p}`));
}

/** A run; a failed trace (NO_NAVSTART, NO_FCP on a busy host) is run again, twice at most. */
async function runWithRetries(url, chrome, preset) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouse(url, chrome, CATEGORIES, preset);
    } catch (error) {
      if (attempt === 3) throw error;
      console.log(`      (${preset} ${url}: ${error.message.split('\n')[0]}; running it again)`);
    }
  }
}

/** What a page must score: the probe is a live report; the bare page a yardstick; every other page is a reading page. */
function targetsOf(url) {
  const probe = /\/probe$/.test(url);
  if (url === BARE_PAGE) return { ...TARGETS, performance: 0, tbtMs: null };
  return { ...TARGETS, performance: probe ? PROBE_PERFORMANCE : TARGETS.performance, tbtMs: probe ? null : READING_TBT_MS };
}

async function main() {
  const presetOption = option('preset', 'both');
  const presets = presetOption === 'both' ? PRESETS : [presetOption];
  if (!presets.every((p) => PRESETS.includes(p))) throw new Error(`--preset: mobile, desktop or both, not ${presetOption}`);
  const urls = urlsToRun();
  const runs = Math.max(1, Number(option('runs', '3')) || 1);
  const out = option('out', null);
  const served = option('base', null) ? null : await serveBuild();
  const base = served?.base ?? option('base', null);

  let chrome = null;
  console.log(
    `bench:lighthouse: Lighthouse 12, preset ${presets.join(' and ')}, ${runs} run(s) per page (median), ${os.cpus().length} cores, load average ${loadAverage()}`,
  );
  console.log(
    `targets: performance ≥ ${TARGETS.performance} (probe ≥ ${PROBE_PERFORMANCE}), total blocking time ≤ ${READING_TBT_MS} ms on reading pages, ` +
      `accessibility = ${TARGETS.accessibility}, best practices ≥ ${TARGETS['best-practices']}, SEO ≥ ${TARGETS.seo}`,
  );
  const missed = [];
  try {
    chrome = await launchChrome();
    for (const preset of presets) {
      console.log(`\n${preset}:`);
      for (const url of urls) {
        const targets = targetsOf(url);
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
        const tbt = [];
        const cpu = [];
        const blocking = [];
        const metrics = [];
        let last = null;
        for (let run = 0; run < runs; run++) {
          const result = await runWithRetries(`${base}${url}`, chrome, preset);
          last = result.lhr;
          for (const c of CATEGORIES) scores[c].push(scoreOf(last, c));
          tbt.push(Math.round(last.audits['total-blocking-time'].numericValue));
          if (result.cpu) {
            cpu.push(result.cpu.cpuMs);
            blocking.push(result.cpu.blocking4xMs);
          }
          const a = last.audits;
          metrics.push(
            `FCP ${a['first-contentful-paint']?.displayValue}, LCP ${a['largest-contentful-paint']?.displayValue}, CLS ${a['cumulative-layout-shift']?.displayValue}, benchmarkIndex ${Math.round(last.environment.benchmarkIndex)}`,
          );
          if (out) {
            mkdirSync(out, { recursive: true });
            writeFileSync(path.join(out, `${preset}${url.replace(/\//g, '_')}-${run + 1}.json`), result.json);
          }
        }
        const row = CATEGORIES.map((c) => {
          const score = median(scores[c]);
          const ok = score >= targets[c];
          if (!ok) missed.push({ url, preset, what: c, value: score, target: targets[c], audits: losingAudits(last, c) });
          return `${c} ${String(score).padStart(3)}${ok ? '' : ' MISSED'}${runs > 1 ? ` [${scores[c].join(' ')}]` : ''}`;
        });
        const tbtMedian = median(tbt);
        const tbtOk = targets.tbtMs === null || tbtMedian <= targets.tbtMs;
        if (!tbtOk) missed.push({ url, preset, what: 'total blocking time (ms)', value: tbtMedian, target: targets.tbtMs, audits: [] });
        console.log(`  ${url}`.padEnd(36), row.join('  '), `  TBT ${tbtMedian} ms${tbtOk ? '' : ' MISSED'} [${tbt.join(' ')}]`);
        if (cpu.length)
          console.log(
            `      main-thread CPU (thread time) ${median(cpu)} ms [${cpu.join(' ')}]; its tasks at 4× over 50 ms ${median(blocking)} ms [${blocking.join(' ')}]`,
          );
        // Lighthouse's own CPU benchmark of this host in each run (an idle desktop scores ~1500–2500):
        // a busy host shows up in the timings, most of all in TBT.
        console.log(`      ${metrics.join(' | ')}`);
      }
    }
  } finally {
    await chrome?.kill();
    served?.stop();
  }
  if (missed.length) {
    console.log(`\n${missed.length} target(s) missed:`);
    for (const m of missed) {
      console.log(`  ${m.preset} ${m.url} ${m.what} ${m.value} (target ${m.what.startsWith('total') ? '≤' : '≥'} ${m.target})`);
      for (const audit of m.audits) console.log(`      ${audit}`);
    }
    process.exitCode = 1;
  } else {
    console.log('\nall targets met');
  }
  console.log(`load average at the end ${loadAverage()}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
