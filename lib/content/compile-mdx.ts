/**
 * Compiles one MDX source with mdx-bundler and extracts its <Feature> declarations.
 * Results are cached on disk by content hash, so a rebuild recompiles only what changed.
 * Server/build only (esbuild); the compiled code never goes to the browser.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleMDX } from 'mdx-bundler';
import rehypePrettyCode from 'rehype-pretty-code';
import remarkGfm from 'remark-gfm';
import { remarkExtractFeatures, type FeatureCollector } from './remark-extract-features';
import type { FeatureDeclaration } from './feature-declaration';

export interface CompiledMdx {
  code: string;
  declarations: FeatureDeclaration[];
  problems: { line: number; reason: string }[];
}

const CODE_THEMES = { theme: { light: 'github-light', dark: 'github-dark' }, keepBackground: false, bypassInlineCode: true };

/** Bump when the compile pipeline or the shape of a declaration changes: stale cache entries are then ignored. */
const PIPELINE_VERSION = 'mdx-4';

function cacheDir(): string {
  return process.env.MDX_CACHE_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), '.cache', 'mdx');
}

export function contentHash(source: string): string {
  return createHash('sha256').update(PIPELINE_VERSION).update('\0').update(source).digest('hex');
}

export async function compileMdx(source: string): Promise<CompiledMdx> {
  const file = path.join(cacheDir(), `${contentHash(source)}.json`);
  const cached = await readFile(file, 'utf8').then(
    (text) => JSON.parse(text) as CompiledMdx,
    () => null,
  );
  if (cached) return cached;
  const compiled = await compileUncached(source);
  if (compiled.problems.length === 0) {
    // Write then rename: parallel build workers never read a half-written entry.
    await mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(compiled));
    await rename(temp, file);
  }
  return compiled;
}

async function compileUncached(source: string): Promise<CompiledMdx> {
  const collector: FeatureCollector = { declarations: [], problems: [] };
  try {
    const { code } = await bundleMDX({
      source,
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, remarkExtractFeatures(collector)];
        // Highlighting happens at compile time: pages ship coloured HTML and no highlighter.
        options.rehypePlugins = [...(options.rehypePlugins ?? []), [rehypePrettyCode, CODE_THEMES]];
        return options;
      },
      esbuildOptions(options) {
        options.logLevel = 'silent';
        options.minify = true;
        return options;
      },
    });
    return { code, ...collector };
  } catch (error) {
    return { code: '', declarations: [], problems: [...collector.problems, describeCompileError(error)] };
  }
}

/** esbuild reports MDX errors with a location; use its line, else the message's `(line:col)`. */
function describeCompileError(error: unknown): { line: number; reason: string } {
  const first = (error as { errors?: { text: string; location?: { line: number } | null }[] }).errors?.[0];
  if (first) {
    return { line: first.location?.line ?? lineFromText(first.text), reason: `MDX does not compile: ${cleanMessage(first.text)}` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { line: lineFromText(message), reason: `MDX does not compile: ${cleanMessage(message)}` };
}

function lineFromText(text: string): number {
  const m = /(\d+):(\d+)(?:-\d+:\d+)?\)?/.exec(text);
  return m ? Number(m[1]) : 1;
}

function cleanMessage(text: string): string {
  return text.split('\n')[0].replace(/^\[plugin: @mdx-js\/esbuild\]\s*/, '').trim();
}
