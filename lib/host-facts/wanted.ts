/**
 * What the collector should look up for a set of features and catalog entries: BTF function
 * names (kfuncs, non-enum `btf:` names), struct members (`member:`), enumerators (`enum:`),
 * `path:` paths and `sysctl:` names. Pure.
 */
import type { FeatureRecord } from '../features/types';
import type { CatalogEntry } from '../catalog/types';

export interface WantedNames {
  wantedFunctions: string[];
  /** `struct.member` */
  wantedMembers: string[];
  wantedEnumerators: string[];
  wantedPaths: string[];
  wantedSysctls: string[];
}

// BPF_* names are enum members (BPF_FUNC_ima_inode_hash, BPF_MAP_TYPE_RINGBUF, BPF_MAP_CREATE):
// the BTF enums cover them. Functions are lower case.
const ENUM_MEMBER = /^BPF_[A-Z][A-Za-z0-9_]*$/;

export function wantedNames(
  records: readonly Pick<FeatureRecord, 'detect'>[],
  entries: readonly Pick<CatalogEntry, 'btf' | 'kind'>[],
): WantedNames {
  const functions = new Set<string>();
  const members = new Set<string>();
  const enumerators = new Set<string>();
  const paths = new Set<string>();
  const sysctls = new Set<string>();
  for (const record of records) {
    for (const rule of record.detect) {
      if (rule.kind === 'btf' && !ENUM_MEMBER.test(rule.name)) functions.add(rule.name);
      else if (rule.kind === 'member') members.add(`${rule.struct}.${rule.member}`);
      else if (rule.kind === 'enum') enumerators.add(rule.name);
      else if (rule.kind === 'path') paths.add(rule.path);
      else if (rule.kind === 'sysctl') sysctls.add(rule.name);
    }
  }
  for (const entry of entries) {
    if (!('func' in entry.btf)) continue;
    functions.add(entry.btf.func);
    // Some kfuncs exist in BTF only as `<name>_impl` (the name programs use is a macro over it).
    if (entry.kind === 'kfunc' && !entry.btf.func.endsWith('_impl')) functions.add(`${entry.btf.func}_impl`);
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return {
    wantedFunctions: sorted(functions),
    wantedMembers: sorted(members),
    wantedEnumerators: sorted(enumerators),
    wantedPaths: sorted(paths),
    wantedSysctls: sorted(sysctls),
  };
}
