// Finds a Chromium for Playwright: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the
// browser `npx playwright install chromium` downloaded. Returns null when there is none.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** @returns {{ executablePath: string | undefined, origin: string } | null} */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) {
    return existsSync(env.CHROMIUM_PATH) ? { executablePath: env.CHROMIUM_PATH, origin: 'CHROMIUM_PATH' } : null;
  }
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  if (system) return { executablePath: system, origin: 'system' };
  try {
    const { chromium } = require('playwright-core');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { executablePath: undefined, origin: "Playwright's own download" };
  } catch {
    // playwright-core missing: fall through to "no browser".
  }
  return null;
}

export const NO_BROWSER_HELP = `No Chromium found for the browser tests. Get one of:
  - Debian/Ubuntu:  sudo apt-get install -y chromium fonts-noto-cjk
  - Playwright's:   npx playwright install --with-deps chromium
  - your own:       CHROMIUM_PATH=/path/to/chromium npm test`;
