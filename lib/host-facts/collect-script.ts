/**
 * The collector script (scripts/collect-host-facts.sh) knows which names to look up through a
 * generated block of shell variables: the function names, struct members, enumerators, paths and sysctls that wantedNames finds
 * in the content and the catalog. This module writes and reads that block. Pure: the sync script,
 * the `/collect.sh` route and the staleness test all use it.
 */
import { NAME_PATTERNS } from '../features/detect';
import type { WantedNames } from './wanted';

export const COLLECT_SCRIPT_FILE = 'scripts/collect-host-facts.sh';
export const COLLECT_SCRIPT_NAME = 'collect-host-facts.sh';

const BEGIN = '# BEGIN GENERATED WANTED NAMES';
const END = '# END GENERATED WANTED NAMES';

// The block is single-quoted shell: a name may hold no quote, no newline, nothing a shell reads.
const CHECKS: Record<keyof WantedNames, RegExp> = {
  wantedFunctions: NAME_PATTERNS.identifier,
  wantedMembers: NAME_PATTERNS.member,
  wantedEnumerators: NAME_PATTERNS.identifier,
  wantedPaths: NAME_PATTERNS.path,
  wantedSysctls: NAME_PATTERNS.sysctl,
};
const VARIABLES: Record<keyof WantedNames, string> = {
  wantedFunctions: 'WANTED_FUNCTIONS',
  wantedMembers: 'WANTED_MEMBERS',
  wantedEnumerators: 'WANTED_ENUMERATORS',
  wantedPaths: 'WANTED_PATHS',
  wantedSysctls: 'WANTED_SYSCTLS',
};
const KEYS = Object.keys(VARIABLES) as (keyof WantedNames)[];

export function renderWantedBlock(wants: WantedNames): string {
  const lines = [`${BEGIN} (npm run collect-script:sync — from the site's content and catalog)`];
  for (const key of KEYS) {
    const names = [...new Set(wants[key])].sort();
    const bad = names.find((n) => !CHECKS[key].test(n));
    if (bad !== undefined) throw new Error(`${VARIABLES[key]}: ${JSON.stringify(bad)} cannot go into the collector script`);
    lines.push(`${VARIABLES[key]}='`, ...names, `'`);
  }
  lines.push(END);
  return lines.join('\n');
}

function blockRange(script: string): { start: number; end: number } {
  const start = script.indexOf(BEGIN);
  const endMarker = script.indexOf(END, start);
  if (start < 0 || endMarker < 0) throw new Error(`${COLLECT_SCRIPT_NAME}: no "${BEGIN}" … "${END}" block`);
  return { start, end: endMarker + END.length };
}

/** The script with its block replaced by one for these wants. */
export function withWantedNames(script: string, wants: WantedNames): string {
  const { start, end } = blockRange(script);
  return script.slice(0, start) + renderWantedBlock(wants) + script.slice(end);
}

/** The names a script's block holds. */
export function readWantedNames(script: string): WantedNames {
  const { start, end } = blockRange(script);
  const block = script.slice(start, end);
  const out = {} as WantedNames;
  for (const key of KEYS) {
    const m = new RegExp(`^${VARIABLES[key]}='\\n([^']*)'$`, 'm').exec(block);
    if (!m) throw new Error(`${COLLECT_SCRIPT_NAME}: no ${VARIABLES[key]} in the generated block`);
    out[key] = m[1]!.split('\n').filter(Boolean);
  }
  return out;
}

const RULES_BEGIN = '# BEGIN GENERATED ITEM RULES';
const RULES_END = '# END GENERATED ITEM RULES';

export interface ScriptRules {
  /** Every item kind, in the order the metrics count them. */
  kinds: readonly string[];
  /** The kinds `--format prometheus` exports item by item unless `--kinds` says otherwise. */
  defaultKinds: readonly string[];
  /** `<kind> <id> <rule> …`, one per item (lib/verdicts/script-rules.ts). */
  lines: readonly string[];
}

function rulesRange(script: string): { start: number; end: number } {
  const start = script.indexOf(RULES_BEGIN);
  const endMarker = script.indexOf(RULES_END, start);
  if (start < 0 || endMarker < 0) throw new Error(`${COLLECT_SCRIPT_NAME}: no "${RULES_BEGIN}" … "${RULES_END}" block`);
  return { start, end: endMarker + RULES_END.length };
}

export function renderRulesBlock(rules: ScriptRules): string {
  const bad = [...rules.kinds, ...rules.defaultKinds, ...rules.lines].find((l) => /['\n\\]/.test(l));
  if (bad !== undefined) throw new Error(`${JSON.stringify(bad)} cannot go into the collector script`);
  return [
    `${RULES_BEGIN} (npm run collect-script:sync — the evaluator's rules, for --format prometheus)`,
    `ITEM_KINDS='${rules.kinds.join(',')}'`,
    `METRIC_DEFAULT_KINDS='${rules.defaultKinds.join(',')}'`,
    `ITEM_RULES='`,
    ...rules.lines,
    `'`,
    RULES_END,
  ].join('\n');
}

/** The script with its rules block replaced. */
export function withItemRules(script: string, rules: ScriptRules): string {
  const { start, end } = rulesRange(script);
  return script.slice(0, start) + renderRulesBlock(rules) + script.slice(end);
}

/** The rules block a script holds. */
export function readItemRules(script: string): ScriptRules {
  const { start, end } = rulesRange(script);
  const block = script.slice(start, end);
  const kinds = /^ITEM_KINDS='([^']*)'$/m.exec(block);
  const defaultKinds = /^METRIC_DEFAULT_KINDS='([^']*)'$/m.exec(block);
  const lines = /^ITEM_RULES='\n([^']*)'$/m.exec(block);
  if (!kinds || !defaultKinds || !lines) throw new Error(`${COLLECT_SCRIPT_NAME}: the generated rules block is damaged`);
  return {
    kinds: kinds[1]!.split(',').filter(Boolean),
    defaultKinds: defaultKinds[1]!.split(',').filter(Boolean),
    lines: lines[1]!.split('\n').filter(Boolean),
  };
}
