// A hash of everything a build depends on: `npm start` rebuilds when it changes, and
// `npm run build` writes it when it succeeds.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const INPUTS = ['app', 'components', 'lib', 'content', 'data', 'public', 'scripts/collect-host-report.sh', 'package-lock.json', 'next.config.js', 'postcss.config.mjs'];

function* files(entry) {
  let stat;
  try {
    stat = statSync(entry);
  } catch {
    return;
  }
  if (stat.isDirectory()) {
    for (const name of readdirSync(entry).sort()) yield* files(path.join(entry, name));
  } else if (!entry.endsWith('.test.ts')) {
    yield entry;
  }
}

export function buildStamp() {
  const hash = createHash('sha256');
  hash.update(process.env.CONTENT_DIR ?? '');
  for (const input of INPUTS) {
    for (const file of files(input)) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}
