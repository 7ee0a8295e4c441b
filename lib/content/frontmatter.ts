/**
 * Frontmatter: split it off an MDX source, parse the YAML and validate it with a zod schema,
 * reporting each problem at the line of the offending key.
 */
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import type { ContentProblem } from './problems';

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /\r?\n---[ \t]*(\r?\n|$)/;

export interface SplitSource {
  /** The YAML between the fences. */
  yaml: string;
  /** 1-based line of the first YAML line (2: right after the opening fence). */
  yamlStartLine: number;
}

function splitFrontmatter(source: string): SplitSource | null {
  if (!OPEN.test(source)) return null;
  const afterOpen = source.replace(OPEN, '');
  const close = CLOSE.exec(afterOpen);
  if (!close) return null;
  return { yaml: afterOpen.slice(0, close.index), yamlStartLine: 2 };
}

export type FrontmatterResult<T> = { ok: true; data: T } | { ok: false; problems: ContentProblem[] };

export function parseFrontmatter<S extends z.ZodType>(
  source: string,
  schema: S,
  file: string,
): FrontmatterResult<z.infer<S>> {
  const split = splitFrontmatter(source);
  if (!split) {
    return { ok: false, problems: [{ file, line: 1, reason: 'missing frontmatter (a YAML block between --- lines at the top)' }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => split.yamlStartLine - 1 + lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        line: lineAt(e.pos[0]),
        reason: `invalid frontmatter YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      // Point at the deepest key that exists in the document.
      let line = split.yamlStartLine;
      for (let depth = issue.path.length; depth > 0; depth--) {
        const node = doc.getIn(issue.path.slice(0, depth) as (string | number)[], true);
        if (isNode(node) && node.range) {
          line = lineAt(node.range[0]);
          break;
        }
      }
      const where = issue.path.length > 0 ? `frontmatter "${issue.path.join('.')}"` : 'frontmatter';
      return { file, line, reason: `${where}: ${issue.message}` };
    }),
  };
}
