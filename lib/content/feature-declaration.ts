/**
 * A <Feature> element as written in MDX, read into a declaration: the id and title every language
 * gives, plus the facts only the original declares. Pure; the remark plugin feeds it.
 */
import { parseDetectRules, DetectRuleError, type DetectRule } from '../features/detect';
import { isCategory, USERSPACE_COMPONENTS, type Category } from '../features/vocabulary';
import type { Landing } from '../features/types';
import { isMajorMinor, isUserspaceVersion } from '../kernel/version';

export interface FeatureFacts {
  landing: Landing;
  categories: Category[];
  helpers: string[];
  apis: string[];
  explainers: string[];
  detect: DetectRule[];
}

export interface FeatureDeclaration {
  id: string;
  title: string;
  line: number;
  /** The fact attributes as written (kernel, categories, …); empty for a translation's element. */
  factAttributes: Partial<Record<FactAttribute, string>>;
  /** Plain text of the element's children. */
  body: string;
}

export type AttributeValue = string | { expression: true };

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const FACT_ATTRIBUTES = ['kernel', 'userspace', 'categories', 'helpers', 'apis', 'explainers', 'detect'] as const;
type FactAttribute = (typeof FACT_ATTRIBUTES)[number];
const KNOWN_ATTRIBUTES = new Set<string>(['id', 'title', ...FACT_ATTRIBUTES]);

const words = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);

/** Reads the attributes every element has (id, title) and keeps the fact attributes for later. */
export function readFeatureDeclaration(
  attributes: Map<string, AttributeValue>,
  line: number,
  body: string,
): { ok: true; declaration: FeatureDeclaration } | { ok: false; reasons: string[] } {
  const reasons: string[] = [];
  const text = new Map<string, string>();
  for (const [name, value] of attributes) {
    if (!KNOWN_ATTRIBUTES.has(name)) {
      reasons.push(`<Feature> has unknown attribute "${name}" (known: ${[...KNOWN_ATTRIBUTES].join(', ')})`);
    } else if (typeof value !== 'string') {
      reasons.push(`<Feature> attribute "${name}" must be a static string, not an expression`);
    } else {
      text.set(name, value);
    }
  }

  const id = text.get('id') ?? '';
  if (!id) reasons.push('<Feature> is missing its id');
  else if (!ID.test(id)) reasons.push(`<Feature> id "${id}" is not kebab-case`);
  const title = (text.get('title') ?? '').trim();
  if (!title) reasons.push(`<Feature ${id ? `id="${id}"` : ''}> is missing its title`);
  if (!body.trim()) reasons.push(`<Feature id="${id}"> has no text`);
  if (reasons.length > 0) return { ok: false, reasons };

  const factAttributes: FeatureDeclaration['factAttributes'] = {};
  for (const name of FACT_ATTRIBUTES) if (text.has(name)) factAttributes[name] = text.get(name);
  return { ok: true, declaration: { id, title, line, factAttributes, body: body.trim() } };
}

/** Validates the facts an original's element declares. */
export function readFeatureFacts(
  attributes: FeatureDeclaration['factAttributes'],
): { ok: true; facts: FeatureFacts } | { ok: false; reasons: string[] } {
  const reasons: string[] = [];
  const landing = readLanding(attributes.kernel, attributes.userspace, reasons);
  const categoryWords = words(attributes.categories);
  if (categoryWords.length === 0) reasons.push('<Feature> needs at least one category');
  for (const c of categoryWords) {
    if (!isCategory(c)) reasons.push(`unknown category "${c}"`);
  }
  const helpers = words(attributes.helpers);
  const apis = words(attributes.apis);
  for (const name of [...helpers, ...apis]) {
    if (!IDENTIFIER.test(name)) reasons.push(`"${name}" is not a name (write helpers without parentheses)`);
  }
  let detect: DetectRule[] = [];
  try {
    detect = parseDetectRules(attributes.detect ?? '');
  } catch (error) {
    if (!(error instanceof DetectRuleError)) throw error;
    reasons.push(error.message);
  }
  if (!landing || reasons.length > 0) return { ok: false, reasons };
  return {
    ok: true,
    facts: {
      landing,
      categories: [...new Set(categoryWords)] as Category[],
      helpers: [...new Set(helpers)],
      apis: [...new Set(apis)],
      explainers: [...new Set(words(attributes.explainers))],
      detect,
    },
  };
}
function readLanding(kernel: string | undefined, userspace: string | undefined, reasons: string[]): Landing | null {
  if (kernel !== undefined && userspace !== undefined) {
    reasons.push('<Feature> gives both kernel and userspace: a feature lands in one place');
    return null;
  }
  if (kernel !== undefined) {
    if (!isMajorMinor(kernel)) {
      reasons.push(`kernel "${kernel}" is not a kernel version X.Y`);
      return null;
    }
    return { component: 'linux', version: kernel };
  }
  if (userspace !== undefined) {
    const [component, version, ...rest] = words(userspace);
    if (!(USERSPACE_COMPONENTS as readonly string[]).includes(component ?? '') || !version || rest.length > 0) {
      reasons.push(`userspace "${userspace}" must be "<${USERSPACE_COMPONENTS.join('|')}> X.Y"`);
      return null;
    }
    if (!isUserspaceVersion(version)) {
      reasons.push(`userspace version "${version}" is not a version X.Y`);
      return null;
    }
    return { component: component as Landing['component'], version } as Landing;
  }
  reasons.push('<Feature> needs kernel="X.Y" or userspace="<component> X.Y"');
  return null;
}
