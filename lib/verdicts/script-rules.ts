/**
 * The rules the collector script's own evaluator reads (`collect-host-facts.sh --format
 * prometheus`, an awk program that needs no Node): one line per item, in the evaluator's order —
 * `<kind> <id> <rule> <rule> …` — made from the same rules evaluateAll judges (a feature's
 * detection rules plus its landing version, a catalog entry's BTF evidence plus its kernel, and
 * for program and map types one `gate:` word per variant of its config gate). The
 * awk side implements the rule kinds written here and the way evaluate.ts combines them;
 * scripts/collect-host-facts.test.ts checks both give the same verdicts. Pure.
 */
import { catalogRules, featureRules, type EvaluableEntry, type EvaluableFeature } from './evaluate';
import { formatDetectRule, type DetectRule } from '../features/detect';
import type { EvaluatorRule } from './rules';
import type { ConfigGate } from '../catalog/types';
import { ITEM_KINDS, type ItemKind } from './types';
import type { ScriptRules } from '../host-facts/collect-script';
import { DEFAULT_METRIC_KINDS } from '../metrics/host-metrics';

/** A token the script reads as one word: no space, quote, backslash or anything a shell expands. */
const WORD = /^[A-Za-z0-9_.,:/+-]{1,300}$/;

/**
 * One rule as the script writes it: the detection-rule syntax, plus `btf-enum:ENUM:MEMBER`,
 * `btf-func:NAME` and `btf-kfunc:NAME`.
 */
/**
 * The detection-rule kinds the script's awk evaluator implements: a kind added to the rule language
 * fails to compile here until the script learns it too.
 */
const SCRIPT_DETECT_KINDS: Record<DetectRule['kind'], true> = {
  btf: true,
  member: true,
  enum: true,
  config: true,
  lsm: true,
  path: true,
  sysctl: true,
  kernel: true,
  userspace: true,
};

export function encodeScriptRule(rule: EvaluatorRule): string {
  switch (rule.kind) {
    case 'btf-enum':
      return `btf-enum:${rule.enum}:${rule.member}`;
    case 'btf-func':
      return `btf-func:${rule.name}`;
    case 'btf-kfunc':
      return `btf-kfunc:${rule.name}`;
    default:
      if (!SCRIPT_DETECT_KINDS[rule.kind]) throw new Error(`the collector script cannot evaluate rule ${JSON.stringify(rule)}`);
      return formatDetectRule(rule);
  }
}

/**
 * One variant of a catalog entry's config gate (evaluateCatalogEntry): `gate:OPT,OPT` when it is
 * the only variant and unbounded (it always applies), else `gate:OPT,OPT:SINCE:BEFORE` (either
 * bound may be empty): the script picks the variant whose bounds hold the kernel release.
 */
export function encodeConfigGate(gate: readonly ConfigGate[]): string[] {
  if (gate.length === 1 && !gate[0]!.since && !gate[0]!.before) return [`gate:${gate[0]!.options.join(',')}`];
  return gate.map((g) => `gate:${g.options.join(',')}:${g.since ?? ''}:${g.before ?? ''}`);
}

function line(kind: ItemKind, id: string, rules: readonly EvaluatorRule[], gate: readonly ConfigGate[] = []): string {
  const words = [kind, id, ...rules.map(encodeScriptRule), ...(gate.length ? encodeConfigGate(gate) : [])];
  const bad = words.find((w) => !WORD.test(w));
  if (bad !== undefined) throw new Error(`${kind} ${id}: ${JSON.stringify(bad)} cannot go into the collector script`);
  return words.join(' ');
}

/** Every feature, then every catalog entry: one line each, as evaluateAll orders them. */
export function scriptRuleLines(features: readonly EvaluableFeature[], entries: readonly EvaluableEntry[]): string[] {
  return [
    ...features.map((f) => line('feature', f.id, featureRules(f))),
    ...entries.map((e) => line(e.kind, e.name, catalogRules(e), e.configGate)),
  ];
}

/** The collector script's rules block: every kind, the default exported kinds, one line per item. */
export function collectScriptRules(features: readonly EvaluableFeature[], entries: readonly EvaluableEntry[]): ScriptRules {
  return { kinds: [...ITEM_KINDS], defaultKinds: [...DEFAULT_METRIC_KINDS], lines: scriptRuleLines(features, entries) };
}
