// Lighthouse 12 (desktop preset) on a Chromium started for it: shared by `npm run bench:lighthouse`
// (all four categories, printed) and the e2e budget test (the categories that do not depend on timing).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { findChromium } from './find-browser.mjs';

/** The pages the issue names: timeline, an issue, a helper, the probe (after /en or /zh). */
export const PAGES = ['', '/issues/2', '/helpers/bpf_ima_inode_hash', '/probe'];
export const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 };

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

/** One Lighthouse run of `url` for `categories`: the report (lhr) and its JSON text. Throws on a runtime error. */
export async function runLighthouse(url, chrome, categories = Object.keys(TARGETS)) {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories }, desktopConfig);
  if (!result) throw new Error(`${url}: Lighthouse gave no result`);
  if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
  return { lhr: result.lhr, json: result.report };
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
