/**
 * One detection rule against host facts → supported / unsupported / unknown with one piece of
 * evidence. Pure (browser-safe): no Node imports. Combining rules is evaluate.ts's job.
 */
import type { DetectRule } from '../features/detect';
import { BTF_ENUMS, type BtfEnumName, type BtfFacts, type HostFacts } from '../host-facts/schema';
import { compareVersionStrings, majorMinor, parseKernelRelease } from '../kernel/version';
import { makeEvidence, type Evidence } from './evidence';
import type { Verdict } from './types';

/** A detection rule, or a BTF lookup whose enum (or function-ness) is already known (catalog entries). */
export type EvaluatorRule =
  | DetectRule
  | { kind: 'btf-enum'; enum: BtfEnumName; member: string }
  | { kind: 'btf-func'; name: string }
  /** A catalog kfunc: its function (or `<name>_impl`), tagged `bpf_kfunc` where the kernel tags kfuncs. */
  | { kind: 'btf-kfunc'; name: string };

export interface RuleResult {
  outcome: Verdict;
  evidence: Evidence;
  /** What was found or missed (for "…, but BTF has X: backported"), and by which kind of rule. */
  subject: string;
  via: 'btf' | 'config' | 'lsm' | 'path' | 'sysctl' | 'userspace';
}

/** Enum members by prefix, to say "absent" for a name no enum has. Attach types and commands share `BPF_`. */
const ENUM_BY_PREFIX: [string, BtfEnumName][] = [
  ['BPF_FUNC_', 'bpf_func_id'],
  ['BPF_PROG_TYPE_', 'bpf_prog_type'],
  ['BPF_MAP_TYPE_', 'bpf_map_type'],
  ['BPF_LINK_TYPE_', 'bpf_link_type'],
];

interface BtfIndex {
  enums: Map<BtfEnumName, Set<string>>;
  functions: Set<string>;
  checked: Set<string>;
  members: Set<string>;
  membersChecked: Set<string>;
  enumerators: Set<string>;
  enumeratorsChecked: Set<string>;
  kfuncsTagged: Set<string>;
  /** Whether this kernel tags its kfuncs (unknown from collectors older than the tags: treated as no). */
  tagsKfuncs: boolean;
}
const btfIndexes = new WeakMap<object, BtfIndex>();

function indexBtf(btf: Extract<BtfFacts, { present: true }>): BtfIndex {
  let index = btfIndexes.get(btf);
  if (!index) {
    index = {
      enums: new Map(BTF_ENUMS.filter((e) => btf.enums[e]).map((e) => [e, new Set(btf.enums[e])])),
      functions: new Set(btf.functions),
      checked: new Set(btf.functionsChecked),
      members: new Set(btf.members),
      membersChecked: new Set(btf.membersChecked),
      enumerators: new Set(btf.enumerators),
      enumeratorsChecked: new Set(btf.enumeratorsChecked),
      kfuncsTagged: new Set(btf.kfuncsTagged),
      tagsKfuncs: (btf.kfuncTagCount ?? 0) > 0,
    };
    btfIndexes.set(btf, index);
  }
  return index;
}

function result(outcome: Verdict, evidence: Evidence, subject: string, via: RuleResult['via']): RuleResult {
  return { outcome, evidence, subject, via };
}

type BtfRule = Extract<EvaluatorRule, { kind: 'btf' | 'btf-enum' | 'btf-func' | 'btf-kfunc' | 'member' | 'enum' }>;

function btfName(rule: BtfRule): string {
  switch (rule.kind) {
    case 'btf-enum':
      return rule.member;
    case 'member':
      return `${rule.struct}.${rule.member}`;
    default:
      return rule.name;
  }
}

function evaluateBtf(rule: BtfRule, facts: HostFacts): RuleResult {
  const name = btfName(rule);
  const btf = facts.facts.btf;
  if (btf.status === 'unknown') return result('unknown', makeEvidence('btf.unknown', { name, reason: btf.reason }), name, 'btf');
  if (!btf.value.present) return result('unknown', makeEvidence('btf.absent', { name }), name, 'btf');
  const index = indexBtf(btf.value);
  const found = (e: Evidence) => result('supported', e, name, 'btf');
  const missing = (e: Evidence) => result('unsupported', e, name, 'btf');
  const notChecked = () => result('unknown', makeEvidence('btf.not_checked', { name }), name, 'btf');

  if (rule.kind === 'member') {
    const params = { struct: rule.struct, member: rule.member };
    if (index.members.has(name)) return found(makeEvidence('btf.struct_member', params));
    if (index.membersChecked.has(name)) return missing(makeEvidence('btf.struct_member_missing', params));
    return notChecked();
  }
  if (rule.kind === 'enum') {
    if (index.enumerators.has(name)) return found(makeEvidence('btf.enumerator', { name }));
    if (index.enumeratorsChecked.has(name)) return missing(makeEvidence('btf.enumerator_missing', { name }));
    return notChecked();
  }

  const enumMember = (enumName: BtfEnumName) => {
    const members = index.enums.get(enumName);
    if (!members) return missing(makeEvidence('btf.enum_missing', { enum: enumName, member: name }));
    return members.has(name)
      ? found(makeEvidence('btf.enum_member', { enum: enumName, member: name }))
      : missing(makeEvidence('btf.enum_member_missing', { enum: enumName, member: name }));
  };
  const func = () => {
    if (index.functions.has(name)) return found(makeEvidence('btf.function', { name }));
    if (index.checked.has(name)) return missing(makeEvidence('btf.function_missing', { name }));
    return notChecked();
  };

  if (rule.kind === 'btf-enum') return enumMember(rule.enum);
  if (rule.kind === 'btf-func') return func();
  if (rule.kind === 'btf-kfunc') return kfunc(name, index, found, missing, notChecked);
  for (const [enumName, members] of index.enums) {
    if (members.has(name)) return found(makeEvidence('btf.enum_member', { enum: enumName, member: name }));
  }
  if (index.functions.has(name) || index.checked.has(name)) return func();
  const byPrefix = ENUM_BY_PREFIX.find(([prefix]) => name.startsWith(prefix));
  if (byPrefix) return enumMember(byPrefix[1]);
  return func();
}

/**
 * A kfunc by either name: as itself or as `<name>_impl` (the name programs use can be a macro over
 * it). Where the kernel tags its kfuncs (DECL_TAG bpf_kfunc), the tag decides: a function of that
 * name without the tag is not a kfunc. Otherwise the function's presence does.
 */
function kfunc(
  name: string,
  index: BtfIndex,
  found: (e: Evidence) => RuleResult,
  missing: (e: Evidence) => RuleResult,
  notChecked: () => RuleResult,
): RuleResult {
  const impl = name.endsWith('_impl') ? null : `${name}_impl`;
  const present = index.functions.has(name) ? name : impl && index.functions.has(impl) ? impl : null;
  if (present === null) {
    if (index.checked.has(name)) return missing(makeEvidence('btf.function_missing', { name }));
    return notChecked();
  }
  if (index.tagsKfuncs) {
    return index.kfuncsTagged.has(present)
      ? found(makeEvidence('btf.kfunc', { name: present }))
      : missing(makeEvidence('btf.kfunc_untagged', { name: present }));
  }
  return found(present === name ? makeEvidence('btf.function', { name }) : makeEvidence('btf.function_impl', { name, impl: present }));
}

function evaluateConfig(option: string, facts: HostFacts): RuleResult {
  const config = facts.facts.kernelConfig;
  if (config.status === 'unknown')
    return result('unknown', makeEvidence('config.unknown', { option, reason: config.reason }), option, 'config');
  const value = config.value[option];
  // A config rule asks for y or m; an option set to a value (a string, a number) is set too.
  if (value !== undefined && value !== 'n') return result('supported', makeEvidence('config.set', { option, value }), option, 'config');
  return result('unsupported', makeEvidence('config.not_set', { option }), option, 'config');
}

function evaluateLsm(lsm: string, facts: HostFacts): RuleResult {
  const fact = facts.facts.lsm;
  if (fact.status === 'unknown') return result('unknown', makeEvidence('lsm.unknown', { lsm, reason: fact.reason }), lsm, 'lsm');
  const from = fact.source.startsWith('/proc/cmdline') ? 'cmdline' : fact.source.startsWith('CONFIG_LSM') ? 'config' : 'securityfs';
  const active = fact.value.active.join(',');
  if (fact.value.active.includes(lsm)) return result('supported', makeEvidence('lsm.active', { lsm, active, from }), lsm, 'lsm');
  const config = facts.facts.kernelConfig;
  const bpfLsm = config.status === 'ok' ? config.value.CONFIG_BPF_LSM : undefined;
  if (lsm === 'bpf' && bpfLsm !== undefined && bpfLsm !== 'n') {
    return result(
      'unsupported',
      makeEvidence('lsm.built_inactive', { option: 'CONFIG_BPF_LSM', value: bpfLsm, lsm, active, from }),
      lsm,
      'lsm',
    );
  }
  return result('unsupported', makeEvidence('lsm.inactive', { lsm, active, from }), lsm, 'lsm');
}

function evaluatePath(path: string, facts: HostFacts): RuleResult {
  const fact = facts.facts.paths[path] ?? facts.facts.paths[path.replace(/\/$/, '')];
  if (!fact) return result('unknown', makeEvidence('path.unknown', { path, reason: 'not collected' }), path, 'path');
  if (fact.status === 'ok') return result('supported', makeEvidence('path.exists', { path }), path, 'path');
  if (fact.reason === 'ENOENT') return result('unsupported', makeEvidence('path.missing', { path }), path, 'path');
  return result('unknown', makeEvidence('path.unknown', { path, reason: fact.reason }), path, 'path');
}

function evaluateSysctl(name: string, facts: HostFacts): RuleResult {
  const fact = facts.facts.sysctls[name];
  if (!fact) return result('unknown', makeEvidence('sysctl.unknown', { name, reason: 'not collected' }), name, 'sysctl');
  if (fact.status === 'ok') return result('supported', makeEvidence('sysctl.exists', { name, value: fact.value }), name, 'sysctl');
  // The collector says ENOENT only when /proc/sys itself is there: the sysctl does not exist.
  if (fact.reason === 'ENOENT') return result('unsupported', makeEvidence('sysctl.missing', { name }), name, 'sysctl');
  // EACCES and the like: the file is there (write-only sysctls), so the sysctl exists.
  if (fact.reason === 'EACCES' || fact.reason === 'EPERM') {
    return result('supported', makeEvidence('sysctl.exists', { name, value: '(unreadable)' }), name, 'sysctl');
  }
  return result('unknown', makeEvidence('sysctl.unknown', { name, reason: fact.reason }), name, 'sysctl');
}

function evaluateUserspace(rule: Extract<DetectRule, { kind: 'userspace' }>, facts: HostFacts): RuleResult {
  const { component, min } = rule;
  const subject = `${component} ${min}`;
  const ip = facts.facts.iproute2;
  let version: string | null = null;
  let via = '';
  let reason = 'not collected';
  if (component === 'iproute2' || component === 'libbpf') {
    if (ip.status === 'unknown') reason = `ip -V: ${ip.reason}`;
    else if (component === 'iproute2') version = ip.value.version;
    else if (ip.value.libbpf) [version, via] = [ip.value.libbpf, 'linked by iproute2'];
    else reason = 'iproute2 names no libbpf';
  } else if (component === 'bpftool') {
    // Facts from collectors older than the bpftool fact have none: nobody looked.
    const bpftool = facts.facts.bpftool;
    if (!bpftool) reason = 'not checked';
    else if (bpftool.status === 'unknown') reason = `bpftool version: ${bpftool.reason}`;
    else version = bpftool.value.version;
  }
  const parsed = version === null ? null : parseKernelRelease(version);
  if (version === null || !parsed) {
    return result(
      'unknown',
      makeEvidence('userspace.unknown', { component, min, reason: version === null ? reason : `unparsable version ${version}` }),
      subject,
      'userspace',
    );
  }
  const below = compareVersionStrings(majorMinor(parsed), min) < 0;
  const evidence = makeEvidence(below ? 'userspace.below' : 'userspace.at_least', { component, version, min, via });
  return result(below ? 'unsupported' : 'supported', evidence, subject, 'userspace');
}

/** A non-version rule against the facts. Kernel-version rules are handled by the combiner. */
export function evaluateRule(rule: Exclude<EvaluatorRule, { kind: 'kernel' }>, facts: HostFacts): RuleResult {
  switch (rule.kind) {
    case 'btf':
    case 'btf-enum':
    case 'btf-func':
    case 'btf-kfunc':
    case 'member':
    case 'enum':
      return evaluateBtf(rule, facts);
    case 'config':
      return evaluateConfig(rule.option, facts);
    case 'lsm':
      return evaluateLsm(rule.name, facts);
    case 'path':
      return evaluatePath(rule.path, facts);
    case 'sysctl':
      return evaluateSysctl(rule.name, facts);
    case 'userspace':
      return evaluateUserspace(rule, facts);
  }
}
