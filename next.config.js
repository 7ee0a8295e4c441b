// @ts-check
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PHASE_PRODUCTION_BUILD = 'phase-production-build';

/**
 * `next build` runs the same content check as `npm run content:check` and fails the same way
 * (path:line: reason), before any page is rendered. Build workers load this config too: the
 * environment flag keeps the check to one run per build.
 */
function checkContentOnce() {
  if (process.env.EBPF_DIGEST_CONTENT_CHECKED) return;
  process.env.EBPF_DIGEST_CONTENT_CHECKED = '1';
  try {
    execFileSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/content-check.ts'], { stdio: 'inherit' });
  } catch {
    console.error('\nnext build stopped: the content has problems (listed above).');
    process.exit(1);
  }
}

/** @type {(phase: string) => import('next').NextConfig} */
export default function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD) checkContentOnce();
  return {
    reactStrictMode: true,
    // A separate build directory lets two builds (e.g. two checkouts' worth of work) run side by side.
    distDir: process.env.NEXT_DIST_DIR ?? '.next',
    poweredByHeader: false,
    // mdx-bundler runs esbuild at build time on the server; keep both out of the server bundle.
    serverExternalPackages: ['mdx-bundler', 'esbuild'],
    experimental: { globalNotFound: true },
  };
}
