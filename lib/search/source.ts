/**
 * Loaded content and catalog → what the index is built from. Reads the explainers' MDX sources for
 * their plain text (the compiled code is no use to search).
 *
 * Server-side by nature (node:fs), but not marked 'server-only': the benchmark runs it under tsx.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Catalog } from '../catalog/types';
import { contentDir } from '../content/load-content';
import type { Content } from '../content/types';
import { buildSearchDocs, type SearchSource } from './documents';
import { mdxToPlainText } from './plain-text';
import type { SearchDoc } from './types';

export async function searchSourceFrom(content: Content, catalog: Catalog, dir = contentDir()): Promise<SearchSource> {
  const base = path.dirname(dir);
  const explainers = await Promise.all(
    content.explainers.map(async (e) => {
      const source = await readFile(path.join(base, e.file), 'utf8').catch(() => '');
      return { slug: e.slug, lang: e.lang, title: e.frontmatter.title, summary: e.frontmatter.summary, text: mdxToPlainText(source) };
    }),
  );
  return {
    records: content.records,
    catalog: catalog.entries,
    explainers,
    issues: content.issues.map((i) => ({
      number: i.number,
      lang: i.lang,
      title: i.frontmatter.title,
      summary: i.frontmatter.summary,
      periodLabel: i.frontmatter.period.label,
      kernel: i.frontmatter.period.kernel,
    })),
  };
}

export async function searchDocsFrom(content: Content, catalog: Catalog, dir?: string): Promise<SearchDoc[]> {
  return buildSearchDocs(await searchSourceFrom(content, catalog, dir));
}
