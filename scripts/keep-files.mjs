// `next build` with a distDir other than .next adds `<distDir>/types/**` to tsconfig.json's include
// (and rewrites next-env.d.ts to point there). Builds in another dir (benchmarks, side builds) are
// not changes to the project: these files are put back as they were.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const FILES_NEXT_BUILD_REWRITES = ['tsconfig.json', 'next-env.d.ts'];

/** Runs `fn` (sync or async) and then restores `files` to their contents before it, whatever `fn` did to them. */
export function leavingFilesAsTheyWere(files, fn) {
  const before = files.map((f) => (existsSync(f) ? readFileSync(f, 'utf8') : null));
  const restore = () =>
    files.forEach((f, i) => {
      if (before[i] !== null && existsSync(f) && readFileSync(f, 'utf8') !== before[i]) writeFileSync(f, before[i]);
    });
  let result;
  try {
    result = fn();
  } catch (error) {
    restore();
    throw error;
  }
  if (typeof result?.then === 'function') return result.finally(restore);
  restore();
  return result;
}
