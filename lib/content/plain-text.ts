/**
 * An MDX tree → the text a reader sees, for search and for feature bodies. Prose, link text, image
 * alt text and code are kept (code holds the names people search for); frontmatter, imports and
 * exports, `{…}` expressions (comments), JSX tags and URLs are dropped. Blocks go on lines of their
 * own, table cells apart. Pure.
 */
import type { Nodes } from 'mdast';

const DROPPED = new Set<string>(['yaml', 'toml', 'html', 'definition', 'thematicBreak', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
const BLOCKS = new Set<string>(['paragraph', 'heading', 'blockquote', 'list', 'listItem', 'code', 'table', 'tableRow', 'footnoteDefinition', 'mdxJsxFlowElement']);

function collect(node: Nodes, out: string[]) {
  if (DROPPED.has(node.type)) return;
  const block = BLOCKS.has(node.type);
  if (block) out.push('\n');
  if (node.type === 'tableCell') out.push(' ');
  if (node.type === 'break') out.push('\n');
  else if (node.type === 'image' || node.type === 'imageReference') out.push(node.alt ?? '');
  else if ('value' in node) out.push(node.value);
  else if ('children' in node) for (const child of node.children) collect(child, out);
  if (block) out.push('\n');
}

export function plainText(nodes: Nodes | readonly Nodes[]): string {
  const out: string[] = [];
  for (const node of Array.isArray(nodes) ? nodes : [nodes]) collect(node, out);
  return out
    .join('')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
