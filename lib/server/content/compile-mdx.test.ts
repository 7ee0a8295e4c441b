import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileMdx } from './compile-mdx';

describe('compileMdx cache', () => {
  let dir: string;
  const saved = process.env.MDX_CACHE_DIR;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'mdx-cache-'));
    process.env.MDX_CACHE_DIR = dir;
  });
  afterEach(async () => {
    if (saved === undefined) delete process.env.MDX_CACHE_DIR;
    else process.env.MDX_CACHE_DIR = saved;
    await rm(dir, { recursive: true, force: true });
  });

  it('compiles the same text twice at once (one hash, two writers) and keeps one entry', async () => {
    const source = '# Same text\n\nIn two files, compiled side by side.\n';
    const [a, b] = await Promise.all([compileMdx(source), compileMdx(source)]);
    expect(a.problems).toEqual([]);
    expect(b.code).toBe(a.code);
    expect(await readdir(dir)).toHaveLength(1);
    // Served from the cache now.
    expect((await compileMdx(source)).code).toBe(a.code);
  });
});
