/**
 * remark plugin: what the site needs from an MDX document, in one walk of the tree. Every <Feature>
 * element's declaration (or the reasons it is invalid, with the line), every <DidYouKnow slug="…" />
 * (an explainer read in place), and the document's plain text (for search). It changes nothing in
 * the tree.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { readFeatureDeclaration, type AttributeValue, type FeatureDeclaration } from './feature-declaration';
import { plainText } from './plain-text';

export interface Extracted {
  declarations: FeatureDeclaration[];
  /** Explainers shown in place, by slug, in document order. */
  didYouKnow: { slug: string; line: number }[];
  /** What a reader sees, <Feature> bodies included. */
  text: string;
  problems: { line: number; reason: string }[];
}

type Node = Root | RootContent;

function isElement(node: Node, name: string): node is MdxJsxFlowElement | MdxJsxTextElement {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;
}
const isFeature = (node: Node) => isElement(node, 'Feature');

function collectDidYouKnow(element: MdxJsxFlowElement | MdxJsxTextElement, collector: Extracted) {
  const line = element.position?.start.line ?? 1;
  const slug = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'slug')?.value;
  if (element.type !== 'mdxJsxFlowElement' || element.attributes.length !== 1 || typeof slug !== 'string' || !slug) {
    collector.problems.push({ line, reason: '<DidYouKnow> takes one static slug attribute, on its own line: <DidYouKnow slug="co-re" />' });
    return;
  }
  collector.didYouKnow.push({ slug, line });
}

export function remarkExtract(collector: Extracted) {
  const walk = (node: Node, insideFeature: boolean) => {
    if (isElement(node, 'DidYouKnow')) collectDidYouKnow(node, collector);
    if (isFeature(node)) {
      collect(node, insideFeature, collector);
      insideFeature = true;
    }
    if ('children' in node) for (const child of node.children) walk(child as Node, insideFeature);
  };
  return () => (tree: Root) => {
    walk(tree, false);
    collector.text = plainText(tree);
  };
}

function collect(element: MdxJsxFlowElement | MdxJsxTextElement, nested: boolean, collector: Extracted) {
  const line = element.position?.start.line ?? 1;
  if (nested) {
    collector.problems.push({ line, reason: '<Feature> elements cannot be nested' });
    return;
  }
  if (element.type === 'mdxJsxTextElement') {
    collector.problems.push({ line, reason: '<Feature> must be a block: put the element on its own lines' });
    return;
  }
  const attributes = new Map<string, AttributeValue>();
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      collector.problems.push({ line, reason: '<Feature> attributes must be static: no {...spread}' });
      continue;
    }
    const value = attribute.value;
    attributes.set(attribute.name, value == null ? '' : typeof value === 'string' ? value : { expression: true });
  }
  const result = readFeatureDeclaration(attributes, line, plainText(element.children));
  if (result.ok) collector.declarations.push(result.declaration);
  else for (const reason of result.reasons) collector.problems.push({ line, reason });
}
