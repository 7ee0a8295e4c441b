// Lighthouse 12 on a Chromium started for it, with its mobile preset (the default: a mid-range
// phone, 4× CPU slowdown, slow 4G, simulated) or its desktop preset: shared by
// `npm run bench:lighthouse` (all four categories, printed) and the e2e budget test (the
// categories that do not depend on timing).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { findChromium } from './find-browser.mjs';

/** The pages the issue names: timeline, an issue, a helper, the probe (after /en or /zh). */
export const PAGES = ['', '/issues/2', '/helpers/bpf_ima_inode_hash', '/probe'];
export const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 };
/** The probe page (a live report, hydrated): its performance target. */
export const PROBE_PERFORMANCE = 90;
/** Total blocking time of a reading page, at most (ms). */
export const READING_TBT_MS = 200;
export const PRESETS = ['mobile', 'desktop'];

const CHROME_FLAGS = [
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  // Chromium refuses to run as root with its sandbox.
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

/** Starts Chromium for Lighthouse: by default the one the browser tests use ($CHROMIUM_PATH, the system's). */
export function launchChrome(chromePath = findChromium()?.executablePath) {
  if (!chromePath) throw new Error('no Chromium for Lighthouse: set CHROMIUM_PATH or install chromium');
  return chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
}

/**
 * One Lighthouse run of `url` for `categories` with a preset ('mobile' or 'desktop'): the report
 * (lhr) and its JSON text. Throws on a runtime error.
 */
export async function runLighthouse(url, chrome, categories = Object.keys(TARGETS), preset = 'desktop') {
  if (!PRESETS.includes(preset)) throw new Error(`unknown Lighthouse preset ${preset}: mobile or desktop`);
  const config = preset === 'desktop' ? desktopConfig : undefined; // Lighthouse's default is mobile
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories }, config);
  if (!result) throw new Error(`${url}: Lighthouse gave no result`);
  if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
  return { lhr: result.lhr, json: result.report, cpu: mainThreadCpu(result.artifacts, url) };
}

/**
 * The page's main-thread CPU time in a run, from its trace: thread time (what the thread computed,
 * not wall time), so a host busy with other work changes it little, unlike the timings Lighthouse
 * scores. `cpuMs`: every task of the page's renderer main thread; `blocking4xMs`: for each task,
 * what 4× its CPU time exceeds 50 ms by, summed (the mobile preset's slowdown and TBT's threshold).
 */
export function mainThreadCpu(artifacts, url) {
  const events = artifacts.Trace?.traceEvents ?? [];
  const parse = events.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(url));
  if (!parse) return null;
  let cpu = 0;
  let blocking = 0;
  for (const e of events) {
    if (e.pid !== parse.pid || e.tid !== parse.tid || e.name !== 'RunTask' || e.ph !== 'X' || !e.tdur) continue;
    const ms = e.tdur / 1000;
    cpu += ms;
    blocking += Math.max(0, 4 * ms - 50);
  }
  return { cpuMs: Math.round(cpu), blocking4xMs: Math.round(blocking) };
}

/** A category's score out of 100. */
export const scoreOf = (lhr, category) => Math.round((lhr.categories[category].score ?? 0) * 100);

/** Audits that cost points in a category: weight > 0 and score < 1 (or a failed binary audit). */
export function losingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id} (${Math.round(audit.score * 100)})${audit.displayValue ? ` ${audit.displayValue}` : ''}: ${audit.title}`);
}
