/**
 * Reads the content directory (CONTENT_DIR, default ./content), compiles every MDX file and
 * assembles issues, explainers and feature records, with every problem found on the way.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { LANGS, type Lang } from '../../features/types';
import { explainerFrontmatterSchema, issueFrontmatterSchema } from '../../content/schema';
import { assembleContent, type CatalogLookup, type ParsedFile } from '../../content/assemble';
import { compileMdx } from './compile-mdx';
import { parseFrontmatter } from '../../content/frontmatter';
import { sortProblems, type ContentProblem } from '../../content/problems';
import type { Content } from '../../content/types';

export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content'));
}

const KINDS = { issues: 'issue', explainers: 'explainer' } as const;
/** How many files compile at once: esbuild is fast, but thousands at once would exhaust memory. */
const CONCURRENCY = 8;

export async function loadContent(catalog: CatalogLookup, dir = contentDir()): Promise<Content> {
  const problems: ContentProblem[] = [];
  const display = (abs: string) => path.relative(path.dirname(dir), abs) || abs;
  const sources: { kind: 'issue' | 'explainer'; folder: string; lang: Lang; abs: string }[] = [];

  for (const [sub, kind] of Object.entries(KINDS)) {
    const folders = await readdir(path.join(dir, sub), { withFileTypes: true }).catch(() => []);
    for (const folder of folders) {
      const folderPath = path.join(dir, sub, folder.name);
      if (!folder.isDirectory()) {
        problems.push({ file: display(folderPath), line: 1, reason: `expected a folder per ${kind} in ${sub}/` });
        continue;
      }
      for (const entry of await readdir(folderPath)) {
        const abs = path.join(folderPath, entry);
        const lang = entry.replace(/\.mdx$/, '') as Lang;
        if (!entry.endsWith('.mdx') || !LANGS.includes(lang)) {
          problems.push({ file: display(abs), line: 1, reason: `unexpected file: ${kind} folders hold ${LANGS.map((l) => `${l}.mdx`).join(' and ')}` });
          continue;
        }
        sources.push({ kind, folder: folder.name, lang, abs });
      }
    }
  }

  const parsed = await mapLimited(sources, CONCURRENCY, async (s): Promise<ParsedFile> => {
    const file = display(s.abs);
    // Sync reads: thousands of small files, read once per process; the promise API costs more than the read.
    const source = readFileSync(s.abs, 'utf8');
    const schema = s.kind === 'issue' ? issueFrontmatterSchema : explainerFrontmatterSchema;
    const fm = parseFrontmatter(source, schema, file);
    if (!fm.ok) problems.push(...fm.problems);
    const compiled = await compileMdx(source);
    for (const p of compiled.problems) problems.push({ file, ...p });
    return {
      kind: s.kind,
      folder: s.folder,
      lang: s.lang,
      file,
      frontmatter: fm.ok ? fm.data : null,
      code: compiled.code,
      declarations: compiled.declarations,
      didYouKnow: compiled.didYouKnow,
      text: compiled.text,
      compiled: compiled.code !== '',
    } as ParsedFile;
  });

  const content = assembleContent(parsed, catalog);
  return { ...content, problems: sortProblems([...problems, ...content.problems]) };
}

async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
