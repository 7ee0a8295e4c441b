#!/usr/bin/env node
// Usage: npm run test:e2e [-- playwright args]
// Checks there is a browser (saying how to get one if not), says when the fleet journeys will be
// skipped for want of Prometheus, then runs the Playwright journeys.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { findChromium, NO_BROWSER_HELP } from './find-browser.mjs';
import { NODE_EXPORTER, NO_PROMETHEUS_HELP, PROMETHEUS } from './prometheus-run.mjs';

const browser = findChromium();
if (!browser) {
  console.error(NO_BROWSER_HELP);
  process.exit(1);
}
console.log(`e2e: Chromium from ${browser.origin}${browser.executablePath ? ` (${browser.executablePath})` : ''}`);
if (!PROMETHEUS || !NODE_EXPORTER) console.warn(`e2e: ${NO_PROMETHEUS_HELP}`);
else console.log(`e2e: Prometheus ${PROMETHEUS}, node_exporter ${NODE_EXPORTER}`);
const require = createRequire(import.meta.url);
const cli = require.resolve('@playwright/test/cli');
const result = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
