/**
 * Which helpers each program type may call, and under what conditions, from ebpf-docs'
 * helpers-functions.yaml. Pure.
 *
 * The file lists, per program type, helpers by name, groups of helpers (groups may pull in other
 * groups), and exclusions. Any item — a group pull too — can carry conditions: a kernel version
 * since which the type may call it, Kconfig options, attach types, capabilities, sleepable or
 * trampoline programs only, no lockdown. A helper reached along several paths is allowed when any
 * one path's conditions hold; conditions along one path add up. The catalog's `programTypes` of a
 * helper answers "can this type ever call it"; the probe judges the conditions on a host.
 */
import { compareVersionStrings } from '../kernel/version';
import { compareNames, normaliseHelperName, normaliseName } from './names';
import type { HelperRef, HelpersFunctions } from './source-schemas';
import type { HelperCondition, ProgramTypeHelpers } from './types';

export interface HelperProgramTypes {
  /** helper name (`bpf_…`) → sorted `BPF_PROG_TYPE_*` names. */
  byHelper: Map<string, string[]>;
  /** `BPF_PROG_TYPE_*` → what it may call (helpers sorted by name). */
  byProgramType: Record<string, ProgramTypeHelpers>;
  warnings: string[];
}

/**
 * Program types whose list the data itself calls unfinished (a TODO next to it), quoted. Each
 * quote is looked for in the file by the import script, which warns when it is gone.
 */
export const UNFINISHED_PROGRAM_TYPES: Record<string, string> = {
  BPF_PROG_TYPE_STRUCT_OPS: 'TODO struct ops has allowed helpers per struct type',
  BPF_PROG_TYPE_EXT: 'BPF_PROG_TYPE_EXT is special since the allowed helpers dependens on the program',
};

type Paths = Map<string, HelperCondition[]>;

/** The item's own conditions, in the catalog's spelling. */
function conditionOf(item: HelperRef): HelperCondition {
  const c: HelperCondition = {};
  if (item.since) c.since = item.since.version.replace(/^v/, '');
  if (item.kconfig.length) c.kconfig = [...item.kconfig];
  if (item.attach_type.length) c.attachType = [...item.attach_type];
  if (item.cap.length) c.cap = [...item.cap];
  if (item.sleepable) c.sleepable = true;
  if (item.prog_trampoline) c.trampoline = true;
  if (item.no_security_lockdown) c.noLockdown = true;
  return c;
}

const union = (a: string[] | undefined, b: string[] | undefined) =>
  a || b ? [...new Set([...(a ?? []), ...(b ?? [])])].sort() : undefined;

/** Both conditions at once (a helper reached through a conditional group pull). */
export function mergeConditions(a: HelperCondition, b: HelperCondition): HelperCondition {
  const out: HelperCondition = {};
  const since = [a.since, b.since].filter((v) => v !== undefined).sort((x, y) => compareVersionStrings(y, x))[0];
  if (since) out.since = since;
  const kconfig = union(a.kconfig, b.kconfig);
  if (kconfig) out.kconfig = kconfig;
  // Two attach-type lists along one path: the program must be of a type both allow.
  const attach = a.attachType && b.attachType ? a.attachType.filter((t) => b.attachType!.includes(t)) : (a.attachType ?? b.attachType);
  if (attach) out.attachType = [...attach];
  const cap = union(a.cap, b.cap);
  if (cap) out.cap = cap;
  if (a.sleepable || b.sleepable) out.sleepable = true;
  if (a.trampoline || b.trampoline) out.trampoline = true;
  if (a.noLockdown || b.noLockdown) out.noLockdown = true;
  return out;
}

/** Stable key of a condition, to drop repeated paths. */
function conditionKey(c: HelperCondition): string {
  return JSON.stringify(Object.entries(c).sort(([x], [y]) => compareNames(x, y)));
}

const includesAll = (a: string[] | undefined, b: string[] | undefined) => !b || (!!a && b.every((x) => a.includes(x)));

/** Whether `a` asks at least everything `b` asks (so a path with `a` adds nothing beside one with `b`). */
function atLeastAsStrict(a: HelperCondition, b: HelperCondition): boolean {
  return (
    (!b.since || (!!a.since && compareVersionStrings(a.since, b.since) >= 0)) &&
    includesAll(a.kconfig, b.kconfig) &&
    includesAll(a.cap, b.cap) &&
    (!b.attachType || (!!a.attachType && a.attachType.every((t) => b.attachType!.includes(t)))) &&
    (!b.sleepable || !!a.sleepable) &&
    (!b.trampoline || !!a.trampoline) &&
    (!b.noLockdown || !!a.noLockdown)
  );
}

/** Paths deduplicated, and those stricter than another dropped (any one path suffices). */
function simplify(paths: HelperCondition[]): HelperCondition[] {
  const seen = new Map<string, HelperCondition>();
  for (const p of paths) seen.set(conditionKey(p), p);
  const unique = [...seen].sort(([x], [y]) => compareNames(x, y)).map(([, p]) => p);
  return unique.filter((p, i) => !unique.some((q, j) => j !== i && atLeastAsStrict(p, q)));
}

function addPath(into: Paths, helper: string, path: HelperCondition) {
  const list = into.get(helper);
  if (list) list.push(path);
  else into.set(helper, [path]);
}

export function expandHelperProgramTypes(spec: HelpersFunctions): HelperProgramTypes {
  const warnings: string[] = [];
  const resolved = new Map<string, { paths: Paths; missing: Set<string> }>();
  const resolving = new Set<string>();

  const resolveGroup = (group: string, usedBy: string): { paths: Paths; missing: Set<string> } => {
    const done = resolved.get(group);
    if (done) return done;
    const items = spec.groups[group];
    if (!items) {
      warnings.push(`helpers-functions: group "${group}" (used by ${usedBy}) is not defined; ignored`);
      return { paths: new Map(), missing: new Set([group]) };
    }
    if (resolving.has(group)) {
      warnings.push(`helpers-functions: group "${group}" includes itself (via ${usedBy}); cycle ignored`);
      return { paths: new Map(), missing: new Set() };
    }
    resolving.add(group);
    const result = resolveItems(items, `group "${group}"`);
    resolving.delete(group);
    const value = { paths: result.paths, missing: result.missing };
    resolved.set(group, value);
    return value;
  };

  // Exclusions apply to the list they are written in, after its groups are pulled in: that is how
  // the file uses them (`- group: tracing` then `- exclude: bpf_spin_lock`).
  const resolveItems = (items: HelperRef[], where: string) => {
    const paths: Paths = new Map();
    const excluded = new Set<string>();
    const missing = new Set<string>();
    for (const item of items) {
      const condition = conditionOf(item);
      if (item.group !== undefined) {
        const group = resolveGroup(item.group, where);
        for (const m of group.missing) missing.add(m);
        for (const [helper, list] of group.paths) for (const p of list) addPath(paths, helper, mergeConditions(p, condition));
        continue;
      }
      const raw = (item.name ?? item.exclude)!;
      const name = normaliseHelperName(raw);
      if (!name) {
        warnings.push(`helpers-functions: "${raw}" in ${where} is not a helper name; ignored`);
        continue;
      }
      if (item.exclude !== undefined) excluded.add(name);
      else addPath(paths, name, condition);
    }
    for (const h of excluded) paths.delete(h);
    return { paths, excluded, missing };
  };

  const byHelperSet = new Map<string, Set<string>>();
  const byProgramType: Record<string, ProgramTypeHelpers> = {};
  for (const [rawProgramType, items] of Object.entries(spec.programs)) {
    const programType = normaliseName('program-type', rawProgramType);
    if (!programType) {
      warnings.push(`helpers-functions: "${rawProgramType}" is not a program type; ignored`);
      continue;
    }
    const { paths, excluded, missing } = resolveItems(items, programType);
    const allowed: Record<string, HelperCondition[]> = {};
    for (const helper of [...paths.keys()].sort(compareNames)) {
      allowed[helper] = simplify(paths.get(helper)!);
      let set = byHelperSet.get(helper);
      if (!set) byHelperSet.set(helper, (set = new Set()));
      set.add(programType);
    }
    const reasons = [
      ...[...missing].sort(compareNames).map((g) => `group "${g}" is not defined in the data`),
      ...(UNFINISHED_PROGRAM_TYPES[programType] ? [`the data says: "${UNFINISHED_PROGRAM_TYPES[programType]}"`] : []),
    ];
    byProgramType[programType] = {
      allowed,
      excluded: [...excluded].sort(compareNames),
      ...(reasons.length ? { incomplete: reasons.join('; ') } : {}),
    };
  }

  const byHelper = new Map<string, string[]>();
  for (const [helper, set] of byHelperSet) byHelper.set(helper, [...set].sort(compareNames));
  return { byHelper, byProgramType, warnings };
}
