/**
 * Detection rules: the small declarative language feature records use to say how the host probe
 * can tell whether a host has the feature. A rule string is space-separated terms, all of which
 * must hold: `btf:BPF_FUNC_ima_inode_hash config:CONFIG_IMA lsm:bpf kernel:5.11`.
 * Pure: parsed at build time (bad rules fail the content check) and evaluated on server and browser.
 */
import { USERSPACE_COMPONENTS, type UserspaceComponent } from './vocabulary';
import { isMajorMinor, isUserspaceVersion } from '../kernel/version';

export type DetectRule =
  /** A name in the kernel's BTF: a member of one of the six BPF enums, or a function. */
  | { kind: 'btf'; name: string }
  /** A member of a named struct or union in the kernel's BTF (`member:bpf_prog_aux.sleepable`). */
  | { kind: 'member'; struct: string; member: string }
  /** An enumerator of any enum in the kernel's BTF, named or not (`enum:BTF_KIND_FLOAT`). */
  | { kind: 'enum'; name: string }
  /** A kernel config option set to y or m. */
  | { kind: 'config'; option: string }
  /** An LSM among the active ones. */
  | { kind: 'lsm'; name: string }
  /** A path that exists on the host (under /sys or /proc). */
  | { kind: 'path'; path: string }
  /** A sysctl that exists (dotted name). */
  | { kind: 'sysctl'; name: string }
  /** Minimum kernel version: the fallback when there is no better evidence. */
  | { kind: 'kernel'; min: string }
  /** Minimum version of a userspace component. */
  | { kind: 'userspace'; component: UserspaceComponent; min: string };

export class DetectRuleError extends Error {}

/**
 * The names the facts are keyed by, and that a collector is asked to look up: one table for this
 * schema, the server's collector and the collector script's name block.
 */
export const NAME_PATTERNS = {
  /** A BTF function, enumerator or enum member. */
  identifier: /^[A-Za-z_][A-Za-z0-9_]{0,127}$/,
  /** `struct.member` */
  member: /^[A-Za-z_][A-Za-z0-9_]{0,127}\.[A-Za-z_][A-Za-z0-9_]{0,127}$/,
  /** A dotted sysctl name (read under /proc/sys). */
  sysctl: /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/,
  /** An LSM as /sys/kernel/security/lsm names it. */
  lsm: /^[a-z][a-z0-9_]{0,31}$/,
  /** A path under /sys or /proc, as a `path:` rule writes it. */
  path: /^\/(sys|proc)(\/[A-Za-z0-9_.:-]+)*\/?$/,
} as const;

const NAME = NAME_PATTERNS.identifier;
const CONFIG = /^CONFIG_[A-Z0-9_]{1,120}$/;
const LSM = NAME_PATTERNS.lsm;
const PATH = NAME_PATTERNS.path;
const SYSCTL = NAME_PATTERNS.sysctl;

function parseTerm(term: string): DetectRule {
  const colon = term.indexOf(':');
  if (colon <= 0) throw new DetectRuleError(`detection rule "${term}" is not of the form kind:value`);
  const kind = term.slice(0, colon);
  const value = term.slice(colon + 1);
  const expect = (ok: boolean, what: string) => {
    if (!ok) throw new DetectRuleError(`detection rule "${term}": ${what}`);
  };
  switch (kind) {
    case 'btf':
      expect(NAME.test(value), 'expected a BTF name (letters, digits, _)');
      return { kind: 'btf', name: value };
    case 'member': {
      const [struct = '', member = '', ...rest] = value.split('.');
      expect(NAME.test(struct) && NAME.test(member) && rest.length === 0, 'expected STRUCT.MEMBER, such as bpf_prog.sleepable');
      return { kind: 'member', struct, member };
    }
    case 'enum':
      expect(NAME.test(value), 'expected an enumerator name (letters, digits, _)');
      return { kind: 'enum', name: value };
    case 'config':
      expect(CONFIG.test(value), 'expected a CONFIG_* option');
      return { kind: 'config', option: value };
    case 'lsm':
      expect(LSM.test(value), 'expected an LSM name such as bpf');
      return { kind: 'lsm', name: value };
    case 'path':
      expect(PATH.test(value) && !value.split('/').includes('..'), 'expected an absolute path under /sys or /proc');
      return { kind: 'path', path: value };
    case 'sysctl':
      expect(SYSCTL.test(value), 'expected a dotted sysctl name such as net.core.busy_poll');
      return { kind: 'sysctl', name: value };
    case 'kernel':
      expect(isMajorMinor(value), 'expected a kernel version X.Y');
      return { kind: 'kernel', min: value };
    default:
      if ((USERSPACE_COMPONENTS as readonly string[]).includes(kind)) {
        expect(isUserspaceVersion(value), `expected a ${kind} version X.Y`);
        return { kind: 'userspace', component: kind as UserspaceComponent, min: value };
      }
      throw new DetectRuleError(
        `detection rule "${term}": unknown kind "${kind}" (known: btf, member, enum, config, lsm, path, sysctl, kernel, ${USERSPACE_COMPONENTS.join(', ')})`,
      );
  }
}

/** Parses a rule string; throws DetectRuleError naming the bad term. */
export function parseDetectRules(input: string): DetectRule[] {
  const terms = input.split(/\s+/).filter(Boolean);
  return terms.map(parseTerm);
}

/** The inverse of parseDetectRules, for display (`btf:BPF_FUNC_x kernel:5.11`). */
export function formatDetectRule(rule: DetectRule): string {
  switch (rule.kind) {
    case 'btf':
      return `btf:${rule.name}`;
    case 'member':
      return `member:${rule.struct}.${rule.member}`;
    case 'enum':
      return `enum:${rule.name}`;
    case 'config':
      return `config:${rule.option}`;
    case 'lsm':
      return `lsm:${rule.name}`;
    case 'path':
      return `path:${rule.path}`;
    case 'sysctl':
      return `sysctl:${rule.name}`;
    case 'kernel':
      return `kernel:${rule.min}`;
    case 'userspace':
      return `${rule.component}:${rule.min}`;
  }
}
