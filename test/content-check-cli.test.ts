/**
 * The content check as users meet it: `npm run content:check`, `npm run build` (the check beside
 * `next build`) and `next build` alone (through next.config.js) all stop on bad content with
 * `path:line: reason`.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appStamp, buildStamp } from '../scripts/build-stamp.mjs';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..');
const FIXTURES = path.join(ROOT, 'test/fixtures/content');
let broken: string;

beforeAll(async () => {
  broken = await mkdtemp(path.join(os.tmpdir(), 'content-cli-'));
  await cp(path.join(FIXTURES, 'base'), path.join(broken, 'content'), { recursive: true });
  await cp(path.join(FIXTURES, 'broken/unknown-category'), path.join(broken, 'content'), {
    recursive: true,
    filter: (src) => !src.endsWith('expected.json'),
  });
});
afterAll(() => rm(broken, { recursive: true, force: true }));

async function exitOf(command: string, args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(command, args, { cwd: ROOT, env: { ...process.env, ...env } });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

const tsx = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

describe('content:check', () => {
  it('prints the summary for the shipped content and exits 0', async () => {
    const { code, output } = await exitOf(process.execPath, [tsx, 'scripts/content-check.ts'], {});
    expect(code).toBe(0);
    expect(output).toMatch(/issues: 5\n/);
    for (const [n, count] of [
      [1, 8],
      [2, 14],
      [3, 5],
      [4, 14],
      [5, 17],
    ]) {
      expect(output).toContain(`#${n}: en ${count} records, zh (original) ${count} records`);
    }
    expect(output).toMatch(/feature records: 58\n/);
    expect(output).toMatch(/explainers: 4 \(bpffs, btf, co-re, program-size-limit\)/);
    expect(output).toMatch(/catalog entries: \d+ \(\d+ helpers/);
  });

  it('prints path:line: reason and exits 1 on bad content', async () => {
    const { code, output } = await exitOf(process.execPath, [tsx, 'scripts/content-check.ts'], {
      CONTENT_DIR: path.join(broken, 'content'),
    });
    expect(code).toBe(1);
    expect(output).toContain('content/issues/0001/zh.mdx:22: unknown category "bogus"');
  });
});

describe('next build', () => {
  it('runs the same check from next.config.js and stops the same way', async () => {
    const script = "import('./next.config.js').then((m) => m.default('phase-production-build'))";
    const { code, output } = await exitOf(process.execPath, ['-e', script], {
      CONTENT_DIR: path.join(broken, 'content'),
      EBPF_DIGEST_CONTENT_CHECKED: '',
    });
    expect(code).toBe(1);
    expect(output).toContain('content/issues/0001/zh.mdx:22: unknown category "bogus"');
    expect(output).toContain('next build stopped');
  });
});

describe('npm run build', () => {
  it('stops the build on bad content, with the problem, and records no build', async () => {
    const distDir = `.next-broken-${process.pid}`;
    try {
      const { code, output } = await exitOf(process.execPath, ['scripts/build.mjs'], {
        CONTENT_DIR: path.join(broken, 'content'),
        NEXT_DIST_DIR: distDir,
      });
      expect(code).toBe(1);
      expect(output).toContain('content/issues/0001/zh.mdx:22: unknown category "bogus"');
      expect(output).toMatch(/npm run build stopped: the content has problems/);
      expect(existsSync(path.join(ROOT, distDir, 'ebpf-digest-build-stamp'))).toBe(false);
    } finally {
      await rm(path.join(ROOT, distDir), { recursive: true, force: true });
    }
  }, 120_000);

  describe('when only the content changed since the last build', () => {
    const distDir = `.next-current-${process.pid}`;
    const dist = path.join(ROOT, distDir);
    beforeAll(async () => {
      // A build dir whose app stamp is the current app's: what a previous `npm run build` leaves.
      await mkdir(dist, { recursive: true });
      await writeFile(path.join(dist, 'BUILD_ID'), 'test');
      await writeFile(path.join(dist, 'ebpf-digest-app-stamp'), appStamp());
    });
    afterAll(() => rm(dist, { recursive: true, force: true }));

    it('checks the content without running next build, and stamps the build', async () => {
      const { code, output } = await exitOf(process.execPath, ['scripts/build.mjs'], { NEXT_DIST_DIR: distDir });
      expect(code).toBe(0);
      expect(output).toContain('only the content changed');
      expect(output).toMatch(/content:check: .* OK/);
      expect(output).not.toContain('Next.js');
      expect(readFileSync(path.join(dist, 'ebpf-digest-build-stamp'), 'utf8')).toBe(buildStamp());
    }, 60_000);

    it('stops on bad content and leaves nothing to serve', async () => {
      const { code, output } = await exitOf(process.execPath, ['scripts/build.mjs'], {
        NEXT_DIST_DIR: distDir,
        CONTENT_DIR: path.join(broken, 'content'),
      });
      expect(code).toBe(1);
      expect(output).toContain('content/issues/0001/zh.mdx:22: unknown category "bogus"');
      expect(existsSync(path.join(dist, 'BUILD_ID'))).toBe(false);
      expect(existsSync(path.join(dist, 'ebpf-digest-build-stamp'))).toBe(false);
    }, 60_000);
  });
});
