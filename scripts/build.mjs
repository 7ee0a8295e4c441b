#!/usr/bin/env node
// Usage: npm run build   — the content check and `next build` side by side (the check fails the
// build with path:line: reason; `next build` alone runs the same check first, from next.config.js),
// then records what was built so `npm start` can tell whether the build is current.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildStamp } from './build-stamp.mjs';
import { FILES_NEXT_BUILD_REWRITES, leavingFilesAsTheyWere } from './keep-files.mjs';

const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const require = createRequire(import.meta.url);

/** Runs a node script; resolves with its exit code. */
function node(args, env, stdio) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  return { child, exited };
}

const stamp = buildStamp();
const status = await leavingFilesAsTheyWere(FILES_NEXT_BUILD_REWRITES, async () => {
  // The check prints its summary or its problems; the build's own output follows it.
  const check = node([require.resolve('tsx/cli'), 'scripts/content-check.ts'], {}, 'inherit');
  const build = node([require.resolve('next/dist/bin/next'), 'build'], { EBPF_DIGEST_CONTENT_CHECKED: '1' }, 'inherit');
  const first = await Promise.race([check.exited.then((code) => ({ check: code })), build.exited.then((code) => ({ build: code }))]);
  if (first.check !== undefined && first.check !== 0) {
    build.child.kill('SIGTERM');
    await build.exited;
    console.error('\nnpm run build stopped: the content has problems (listed above).');
    return first.check;
  }
  const [checked, built] = await Promise.all([check.exited, build.exited]);
  if (checked !== 0) console.error('\nnpm run build failed: the content has problems (listed above).');
  return checked || built;
});
if (status !== 0) process.exit(status);
writeFileSync(`${distDir}/ebpf-digest-build-stamp`, stamp);
