import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog';
import { createCatalogIndex } from '../../catalog/lookup';
import { loadContent } from './load-content';
import { formatProblem } from '../../content/problems';

const FIXTURES = path.join(__dirname, '../../../test/fixtures/content');
const catalog = createCatalogIndex(loadCatalog());
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'content-test-'));
  process.env.MDX_CACHE_DIR = path.join(scratch, 'mdx-cache');
});
afterAll(async () => {
  delete process.env.MDX_CACHE_DIR;
  await rm(scratch, { recursive: true, force: true });
});

/** The valid base tree with a broken fixture's files laid over it. */
async function treeWith(overlay?: string): Promise<string> {
  const dir = path.join(scratch, overlay ?? 'base', 'content');
  await cp(path.join(FIXTURES, 'base'), dir, { recursive: true });
  if (overlay) {
    await cp(path.join(FIXTURES, 'broken', overlay), dir, { recursive: true, filter: (src) => !src.endsWith('expected.json') });
  }
  return dir;
}

describe('loadContent on the valid fixture', () => {
  it('extracts records with facts from the original and words from each language', async () => {
    const content = await loadContent(catalog, await treeWith());
    expect(content.problems.map(formatProblem)).toEqual([]);
    expect(content.records.map((r) => r.id)).toEqual(['ringbuf-map', 'libbpf-thing']);
    const [ringbuf, libbpf] = content.records;
    expect(ringbuf).toMatchObject({
      issue: 1,
      kernel: '5.8',
      landing: { component: 'linux', version: '5.8' },
      categories: ['memory', 'tracing'],
      helpers: ['bpf_ringbuf_output'],
      apis: ['BPF_MAP_TYPE_RINGBUF'],
      explainers: ['demo'],
      detect: [
        { kind: 'btf', name: 'BPF_MAP_TYPE_RINGBUF' },
        { kind: 'member', struct: 'bpf_ringbuf', member: 'consumer_pos' },
        { kind: 'enum', name: 'BPF_RINGBUF_BUSY_BIT' },
        { kind: 'kernel', min: '5.8' },
      ],
      text: {
        zh: { title: '新的 ring buffer 映射', body: '添加 BPF_MAP_TYPE_RINGBUF。' },
        en: { title: 'A new ring buffer map', body: 'Adds BPF_MAP_TYPE_RINGBUF.' },
      },
    });
    expect(libbpf).toMatchObject({ kernel: null, landing: { component: 'libbpf', version: '0.3' } });
    expect(content.issues.map((i) => `${i.number}/${i.lang}/${i.isOriginal}`)).toEqual(['1/en/false', '1/zh/true']);
    expect(content.explainers.map((e) => `${e.slug}/${e.lang}`)).toEqual(['demo/en', 'demo/zh']);
    expect(content.issues[0].code).toContain('ringbuf-map');
  });

  it('reuses the compile cache: a second load gives the same result', async () => {
    const dir = await treeWith();
    const first = await loadContent(catalog, dir);
    const second = await loadContent(catalog, dir);
    expect(second.records).toEqual(first.records);
  });
});

describe('each kind of bad content gives path:line: reason', async () => {
  const cases = (await readdir(path.join(FIXTURES, 'broken'))).sort();
  it('has fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(12));

  it.each(cases)('%s', async (name) => {
    const expected: { file: string; line: number | null; reason: string }[] = JSON.parse(
      await readFile(path.join(FIXTURES, 'broken', name, 'expected.json'), 'utf8'),
    );
    const content = await loadContent(catalog, await treeWith(name));
    const got = content.problems.map((p) => ({ ...p, file: p.file.replace(/^content\//, '') }));
    for (const e of expected) {
      const match = got.find((p) => p.file === e.file && (e.line === null || p.line === e.line) && p.reason.includes(e.reason));
      expect(match, `expected ${e.file}:${e.line}: …${e.reason}… among\n${got.map(formatProblem).join('\n')}`).toBeDefined();
    }
    expect(got.length).toBeLessThanOrEqual(expected.length + 1);
  });
});

describe('the shipped content', () => {
  it('has issue 2 with 14 records in zh and en, and no problems', async () => {
    const content = await loadContent(catalog, path.join(__dirname, '../../../content'));
    expect(content.problems.map(formatProblem)).toEqual([]);
    const issue2 = content.records.filter((r) => r.issue === 2);
    expect(issue2).toHaveLength(14);
    for (const r of issue2) {
      expect(r.text.zh?.title, r.id).toBeTruthy();
      expect(r.text.en?.title, r.id).toBeTruthy();
    }
    const docs = content.issues.filter((i) => i.number === 2);
    expect(docs.map((d) => d.lang).sort()).toEqual(['en', 'zh']);
    expect(docs[0].featureIds).toEqual(docs[1].featureIds);
  });
});
