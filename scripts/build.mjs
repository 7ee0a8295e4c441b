#!/usr/bin/env node
// Usage: npm run build [-- --full]
// Checks the content (path:line: reason for every problem) and builds the app with `next build`,
// side by side. Pages read the content at run time, so when only the content changed since the
// last build (same app stamp, see build-stamp.mjs) the check alone is the build; --full always runs
// `next build`. Bad content fails the build and leaves no servable build behind; a good build is
// stamped so `npm start` can tell whether it is current. (`next build` alone runs the same check
// first, from next.config.js; EBPF_DIGEST_CONTENT_CHECKED tells it the check runs beside it.)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { appStamp, buildStamp } from './build-stamp.mjs';
import { FILES_NEXT_BUILD_REWRITES, leavingFilesAsTheyWere } from './keep-files.mjs';

const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const require = createRequire(import.meta.url);
const APP_STAMP_FILE = path.join(distDir, 'ebpf-digest-app-stamp');
const BUILD_STAMP_FILE = path.join(distDir, 'ebpf-digest-build-stamp');

const children = new Set();
/** Runs a node script in its own process group; resolves with its exit code. */
function node(args, env) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: 'inherit', detached: true });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM'); // the group: next build's workers too
    } catch {
      // already gone
    }
  };
  children.add(stop);
  const exited = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      children.delete(stop);
      resolve(code ?? (signal ? 1 : 0));
    }),
  );
  return { exited, stop };
}

// Stopping `npm run build` stops both, and the files are still put back (below).
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const stop of children) stop();
    process.exitCode = 130;
  });
}

const readOr = (file, fallback) => (existsSync(file) ? readFileSync(file, 'utf8') : fallback);

async function build({ withNext }) {
  const check = node([require.resolve('tsx/cli'), 'scripts/content-check.ts'], {});
  const next = withNext ? node([require.resolve('next/dist/bin/next'), 'build'], { EBPF_DIGEST_CONTENT_CHECKED: '1' }) : null;
  const checked = await check.exited;
  if (checked !== 0) {
    next?.stop();
    await next?.exited;
    // The build dir (replaced by `next build`, or built before) may not serve this content.
    rmSync(path.join(distDir, 'BUILD_ID'), { force: true });
    rmSync(BUILD_STAMP_FILE, { force: true });
    console.error('\nnpm run build stopped: the content has problems (listed above).');
    return checked;
  }
  if (!next) return 0;
  const built = await next.exited;
  // The islands bundle lives in the build dir, which `next build` starts by emptying.
  return built === 0 ? node(['scripts/build-islands.mjs'], {}).exited : built;
}

const stamps = { app: appStamp(), build: buildStamp() };
const withNext =
  process.argv.includes('--full') || !existsSync(path.join(distDir, 'BUILD_ID')) || readOr(APP_STAMP_FILE, '') !== stamps.app;
if (!withNext)
  console.log(
    `npm run build: the app in ${distDir} is current; only the content changed, and pages read it at run time: checking the content (--full builds anyway).`,
  );
// A build dir other than .next makes `next build` add its types to tsconfig.json: put it back.
const run = () => build({ withNext });
const status = await (distDir === '.next' || !withNext ? run() : leavingFilesAsTheyWere(FILES_NEXT_BUILD_REWRITES, run));
if (status !== 0 || process.exitCode) process.exit(status || process.exitCode);
writeFileSync(APP_STAMP_FILE, stamps.app);
writeFileSync(BUILD_STAMP_FILE, stamps.build);
