// @ts-check
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { COMMON_SECURITY_HEADERS, NON_PAGE_CSP } from './config/security-headers.mjs';

const require = createRequire(import.meta.url);

const PHASE_PRODUCTION_BUILD = 'phase-production-build';

/**
 * `next build` runs the same content check as `npm run content:check` and fails the same way
 * (path:line: reason), before any page is rendered. Build workers load this config too: the
 * environment flag keeps the check to one run per build. `npm run build` sets the flag itself and
 * runs the check beside `next build` instead (scripts/build.mjs).
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
    // Type checking is its own step (`npm run typecheck`, part of `npm test`): the build stays
    // fast, and a type error still fails CI.
    typescript: { ignoreBuildErrors: true },
    // mdx-bundler runs esbuild on the server (content check, and a server start with uncached MDX);
    // keep both out of the server bundle.
    serverExternalPackages: ['mdx-bundler', 'esbuild'],
    experimental: { globalNotFound: true },
    // Pages get their CSP (with a nonce) from proxy.ts; everything else gets these.
    async headers() {
      const common = Object.entries(COMMON_SECURITY_HEADERS).map(([key, value]) => ({ key, value }));
      return [
        { source: '/:path*', headers: common },
        { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: NON_PAGE_CSP }] },
        { source: '/:lang/feed.xml', headers: [{ key: 'Content-Security-Policy', value: NON_PAGE_CSP }] },
        {
          source: '/(sitemap.xml|robots.txt|humans.txt|collect.sh|search-index.json|metrics)',
          headers: [{ key: 'Content-Security-Policy', value: NON_PAGE_CSP }],
        },
      ];
    },
  };
}
