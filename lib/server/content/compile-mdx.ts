/**
 * Compiles one MDX source with mdx-bundler and extracts its <Feature> declarations, <DidYouKnow>
 * slugs and plain text.
 * Results are cached on disk by content hash, so a rebuild recompiles only what changed.
 * Server/build only (esbuild); the compiled code never goes to the browser.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { remarkExtract, type Extracted } from '../../content/remark-extract';

export interface CompiledMdx extends Extracted {
  /** The mdx-bundler output: server-side rendering only. */
  code: string;
}

const CODE_THEMES = { theme: { light: 'github-light', dark: 'github-dark' }, keepBackground: false, bypassInlineCode: true };

/** Bump when the compile pipeline or the shape of what it extracts changes: stale cache entries are then ignored. */
const PIPELINE_VERSION = 'mdx-6';

function cacheDir(): string {
  return process.env.MDX_CACHE_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), '.cache', 'mdx');
}

function contentHash(source: string): string {
  return createHash('sha256').update(PIPELINE_VERSION).update('\0').update(source).digest('hex');
}

/** The cached result, or null when there is none (or it cannot be read). */
function readCached(file: string): CompiledMdx | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CompiledMdx;
  } catch {
    return null;
  }
}

export async function compileMdx(source: string): Promise<CompiledMdx> {
  const file = path.join(cacheDir(), `${contentHash(source)}.json`);
  const cached = readCached(file);
  if (cached) return cached;
  const compiled = await compileUncached(source);
  if (compiled.problems.length === 0) {
    // Write then rename: parallel build workers never read a half-written entry. The temporary
    // name is unique per write: two files with the same text compile at once under one hash, and
    // processes in containers sharing the cache may have the same pid.
    await mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${randomUUID()}.tmp`;
    await writeFile(temp, JSON.stringify(compiled));
    await rename(temp, file);
  }
  return compiled;
}

/**
 * The compiler and its plugins, loaded on the first cache miss: a build whose MDX is all cached
 * (a rebuild, a server start) skips loading them (~0.75 s).
 */
function loadCompiler() {
  return Promise.all([import('mdx-bundler'), import('rehype-pretty-code'), import('remark-gfm')]).then(
    ([{ bundleMDX }, { default: rehypePrettyCode }, { default: remarkGfm }]) => ({ bundleMDX, rehypePrettyCode, remarkGfm }),
  );
}

async function compileUncached(source: string): Promise<CompiledMdx> {
  // Outside the try: a compiler that cannot load is a broken install, not a problem in this file.
  const { bundleMDX, rehypePrettyCode, remarkGfm } = await loadCompiler();
  const collector: Extracted = { declarations: [], didYouKnow: [], text: '', problems: [] };
  try {
    const { code } = await bundleMDX({
      source,
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, remarkExtract(collector)];
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
    return { code: '', declarations: [], didYouKnow: [], text: '', problems: [...collector.problems, describeCompileError(error)] };
  }
}

interface EsbuildMessage {
  text: string;
  location?: { line: number } | null;
  /** @mdx-js/esbuild puts the vfile message here; a frontmatter YAML error is its cause. */
  detail?: { line?: number; cause?: { name?: string; message?: string; linePos?: { line: number }[] } };
}

/**
 * esbuild reports MDX errors with a location; use its line, else the line the MDX message gives,
 * else the message's `(line:col)`. A frontmatter YAML error comes with no location (line 0) and a
 * first line that says nothing ("Cannot process MDX file with esbuild:"): its cause says where and why.
 */
function describeCompileError(error: unknown): { line: number; reason: string } {
  const first = (error as { errors?: EsbuildMessage[] }).errors?.[0];
  if (first) {
    const cause = first.detail?.cause;
    if (cause?.name === 'YAMLParseError') {
      // The YAML starts on line 2, after the opening fence.
      const yamlLine = cause.linePos?.[0]?.line;
      const reason = cleanMessage(cause.message ?? first.text).replace(/ at line \d+, column \d+:?$/, '');
      return { line: atLeastOne(yamlLine === undefined ? 1 : yamlLine + 1), reason: `MDX does not compile: frontmatter YAML: ${reason}` };
    }
    const line = [first.location?.line, first.detail?.line].find((l) => typeof l === 'number' && l >= 1) ?? lineFromText(first.text);
    return { line: atLeastOne(line), reason: `MDX does not compile: ${cleanMessage(first.text)}` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { line: atLeastOne(lineFromText(message)), reason: `MDX does not compile: ${cleanMessage(message) || 'unknown error'}` };
}

const atLeastOne = (line: number) => (Number.isInteger(line) && line >= 1 ? line : 1);

function lineFromText(text: string): number {
  const m = /(\d+):(\d+)(?:-\d+:\d+)?\)?/.exec(text);
  return m ? Number(m[1]) : 1;
}

/** The first line that says something, without the plugin prefix; a line ending in ':' takes the next one along. */
function cleanMessage(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/^\[plugin: @mdx-js\/esbuild\]\s*/, '').trim())
    .filter(Boolean);
  let message = lines[0] ?? '';
  for (let i = 1; i < lines.length && message.endsWith(':'); i++) message = `${message} ${lines[i]}`;
  return message.replace(/^Cannot process MDX file with esbuild:\s*/, '');
}
