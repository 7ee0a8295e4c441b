/**
 * A <Feature> element as written in MDX, read into a declaration: the id and title every language
 * gives, plus the facts only the original declares. Pure; the remark plugin feeds it.
 */
import { parseDetectRules, DetectRuleError, type DetectRule } from '../features/detect';
import { isCategory, USERSPACE_COMPONENTS, type Category } from '../features/vocabulary';
import type { Landing } from '../features/types';
import { isMajorMinor } from '../kernel/version';

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
  /** Present when the element declares facts (the original); null for a translation's element. */
  facts: FeatureFacts | null;
  /** Plain text of the element's children. */
  body: string;
}

export type AttributeValue = string | { expression: true };

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const FACT_ATTRIBUTES = ['kernel', 'userspace', 'categories', 'helpers', 'apis', 'explainers', 'detect'] as const;
const KNOWN_ATTRIBUTES = new Set<string>(['id', 'title', ...FACT_ATTRIBUTES]);

const words = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);

/** Returns the declaration, or the reasons it is invalid (all of them, not just the first). */
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

  const declaresFacts = FACT_ATTRIBUTES.some((name) => text.has(name));
  let facts: FeatureFacts | null = null;
  if (declaresFacts) {
    const factReasons: string[] = [];
    const landing = readLanding(text.get('kernel'), text.get('userspace'), factReasons);
    const categoryWords = words(text.get('categories'));
    if (categoryWords.length === 0) factReasons.push('<Feature> needs at least one category');
    for (const c of categoryWords) {
      if (!isCategory(c)) factReasons.push(`unknown category "${c}"`);
    }
    const helpers = words(text.get('helpers'));
    const apis = words(text.get('apis'));
    for (const name of [...helpers, ...apis]) {
      if (!IDENTIFIER.test(name)) factReasons.push(`"${name}" is not a name (write helpers without parentheses)`);
    }
    const explainers = words(text.get('explainers'));
    let detect: DetectRule[] = [];
    try {
      detect = parseDetectRules(text.get('detect') ?? '');
    } catch (error) {
      if (!(error instanceof DetectRuleError)) throw error;
      factReasons.push(error.message);
    }
    reasons.push(...factReasons);
    if (landing && factReasons.length === 0) {
      facts = {
        landing,
        categories: [...new Set(categoryWords)] as Category[],
        helpers: [...new Set(helpers)],
        apis: [...new Set(apis)],
        explainers: [...new Set(explainers)],
        detect,
      };
    }
  }

  if (reasons.length > 0) return { ok: false, reasons };
  return { ok: true, declaration: { id, title, line, facts, body: body.trim() } };
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
    if (!/^\d{1,3}\.\d{1,3}$/.test(version)) {
      reasons.push(`userspace version "${version}" is not a version X.Y`);
      return null;
    }
    return { component: component as Landing['component'], version } as Landing;
  }
  reasons.push('<Feature> needs kernel="X.Y" or userspace="<component> X.Y"');
  return null;
}
