// Hashes of what a build depends on. The app stamp covers the code, data and config a `next build`
// turns into the build dir; the content is read by the server at run time, so the build stamp adds
// the content (and CONTENT_DIR). `npm start` rebuilds when the build stamp changes; `npm run build`
// runs `next build` only when the app stamp changed, else the content check alone.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const APP_INPUTS = [
  'app',
  'components',
  'lib',
  'data',
  'public',
  'scripts/collect-host-facts.sh',
  'scripts/build-islands.mjs',
  'package-lock.json',
  'next.config.js',
  'postcss.config.mjs',
  'proxy.ts',
  'config',
  'tsconfig.json',
];
const CONTENT_INPUTS = ['content'];

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

function stamp(inputs, extra = '') {
  const hash = createHash('sha256');
  hash.update(extra);
  for (const input of inputs) {
    for (const file of files(input)) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** What `next build` makes the build dir from. */
export const appStamp = () => stamp(APP_INPUTS);

/** The app and the content it serves. */
export const buildStamp = () => stamp([...APP_INPUTS, ...CONTENT_INPUTS], process.env.CONTENT_DIR ?? '');
