/**
 * Which program types may call each helper, from ebpf-docs' helpers-functions.yaml. Pure.
 *
 * The file lists, per program type, helpers by name, groups of helpers (groups may pull in other
 * groups), and exclusions. Items can carry conditions (an attach type, a kernel version since
 * which the program type may call it, a Kconfig option, a capability); a program type that may
 * call the helper under some condition is listed, because the question the catalog answers is
 * "can this program type ever call it", not "can it on this host" (that is the probe's job).
 */
import { compareNames, normaliseHelperName, normaliseName } from './names';
import type { HelperRef, HelpersFunctions } from './source-schemas';

export interface HelperProgramTypes {
  /** helper name (`bpf_…`) → sorted `BPF_PROG_TYPE_*` names. */
  byHelper: Map<string, string[]>;
  warnings: string[];
}

export function expandHelperProgramTypes(spec: HelpersFunctions): HelperProgramTypes {
  const warnings: string[] = [];
  const resolved = new Map<string, Set<string>>();
  const resolving = new Set<string>();

  const resolveGroup = (group: string, usedBy: string): Set<string> => {
    const done = resolved.get(group);
    if (done) return done;
    const items = spec.groups[group];
    if (!items) {
      warnings.push(`helpers-functions: group "${group}" (used by ${usedBy}) is not defined; ignored`);
      return new Set();
    }
    if (resolving.has(group)) {
      warnings.push(`helpers-functions: group "${group}" includes itself (via ${usedBy}); cycle ignored`);
      return new Set();
    }
    resolving.add(group);
    const helpers = resolveItems(items, `group "${group}"`);
    resolving.delete(group);
    resolved.set(group, helpers);
    return helpers;
  };

  // Exclusions apply to the list they are written in, after its groups are pulled in: that is how
  // the file uses them (`- group: tracing` then `- exclude: bpf_spin_lock`).
  const resolveItems = (items: HelperRef[], where: string): Set<string> => {
    const helpers = new Set<string>();
    const excluded = new Set<string>();
    for (const item of items) {
      if (item.group !== undefined) {
        for (const h of resolveGroup(item.group, where)) helpers.add(h);
        continue;
      }
      const raw = (item.name ?? item.exclude)!;
      const name = normaliseHelperName(raw);
      if (!name) {
        warnings.push(`helpers-functions: "${raw}" in ${where} is not a helper name; ignored`);
        continue;
      }
      (item.exclude !== undefined ? excluded : helpers).add(name);
    }
    for (const h of excluded) helpers.delete(h);
    return helpers;
  };

  const byHelperSet = new Map<string, Set<string>>();
  for (const [rawProgramType, items] of Object.entries(spec.programs)) {
    const programType = normaliseName('program-type', rawProgramType);
    if (!programType) {
      warnings.push(`helpers-functions: "${rawProgramType}" is not a program type; ignored`);
      continue;
    }
    for (const helper of resolveItems(items, programType)) {
      let set = byHelperSet.get(helper);
      if (!set) byHelperSet.set(helper, (set = new Set()));
      set.add(programType);
    }
  }

  const byHelper = new Map<string, string[]>();
  for (const [helper, set] of byHelperSet) byHelper.set(helper, [...set].sort(compareNames));
  return { byHelper, warnings };
}
