#!/usr/bin/env node
// Usage: npm start   (env: PORT, default 3000; HOST, default 127.0.0.1; PROBE_TOKEN, HOST_ROOT… for the probe)
// Builds when there is no build of the current sources, then serves it (scripts/serve.mjs: Next's
// handler, with reading pages rendered once and kept).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildStamp } from './build-stamp.mjs';

const distDir = process.env.NEXT_DIST_DIR ?? '.next';

const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '127.0.0.1';

const stampFile = `${distDir}/ebpf-digest-build-stamp`;
const stamp = buildStamp();
const built = existsSync(`${distDir}/BUILD_ID`) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
if (!built) {
  console.log('npm start: no build of the current sources; running `npm run build` first.');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

console.log(`npm start: serving on http://${host}:${port}`);
// The probe API reads the listen address to decide whether it may answer without PROBE_TOKEN.
const env = { ...process.env, EBPF_DIGEST_LISTEN_HOST: host };
const server = spawn(process.execPath, [fileURLToPath(new URL('./serve.mjs', import.meta.url))], {
  stdio: 'inherit',
  env: { ...env, PORT: port, HOST: host, NODE_ENV: 'production' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
