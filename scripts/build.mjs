#!/usr/bin/env node
// Usage: npm run build   — `next build` (which runs the content check first), then records
// what was built so `npm start` can tell whether the build is current.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildStamp } from './build-stamp.mjs';
import { FILES_NEXT_BUILD_REWRITES, leavingFilesAsTheyWere } from './keep-files.mjs';

const distDir = process.env.NEXT_DIST_DIR ?? '.next';

const require = createRequire(import.meta.url);
const stamp = buildStamp();
const result = leavingFilesAsTheyWere(FILES_NEXT_BUILD_REWRITES, () =>
  spawnSync(process.execPath, [require.resolve('next/dist/bin/next'), 'build'], { stdio: 'inherit' }),
);
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(`${distDir}/ebpf-digest-build-stamp`, stamp);
