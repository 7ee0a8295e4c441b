#!/usr/bin/env node
// Usage: npm run build   — the content check and `next build` side by side (`next build` alone runs
// the same check first, from next.config.js; here the flag EBPF_DIGEST_CONTENT_CHECKED tells it the
// check runs beside it). Bad content fails the build with path:line: reason and leaves no servable
// build behind; a good build is stamped so `npm start` can tell whether it is current.
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildStamp } from './build-stamp.mjs';
import { FILES_NEXT_BUILD_REWRITES, leavingFilesAsTheyWere } from './keep-files.mjs';

const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const require = createRequire(import.meta.url);

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

async function build() {
  const check = node([require.resolve('tsx/cli'), 'scripts/content-check.ts'], {});
  const next = node([require.resolve('next/dist/bin/next'), 'build'], { EBPF_DIGEST_CONTENT_CHECKED: '1' });
  const checked = await check.exited;
  if (checked !== 0) {
    next.stop();
    await next.exited;
    // `next build` may have replaced the build dir already: nothing of it may be served.
    rmSync(path.join(distDir, 'BUILD_ID'), { force: true });
    console.error('\nnpm run build stopped: the content has problems (listed above).');
    return checked;
  }
  return next.exited;
}

const stamp = buildStamp();
// A build dir other than .next makes `next build` add its types to tsconfig.json: put it back.
const status = await (distDir === '.next' ? build() : leavingFilesAsTheyWere(FILES_NEXT_BUILD_REWRITES, build));
if (status !== 0 || process.exitCode) process.exit(status || process.exitCode);
writeFileSync(path.join(distDir, 'ebpf-digest-build-stamp'), stamp);
