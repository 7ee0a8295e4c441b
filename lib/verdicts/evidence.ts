/**
 * Evidence: one sentence per fact that bore on a verdict, as a code and parameters (so a page can
 * translate it) and the English text made from them here, in one place. Pure.
 */

export type EvidenceParams = Record<string, string | number | boolean>;

export interface Evidence {
  code: EvidenceCode;
  params: EvidenceParams;
  /** English, from describeEvidence(code, params). */
  text: string;
}

type Template = (p: EvidenceParams) => string;

/** How the deciding evidence reads inside a version note, by the kind of rule (params.via). */
function found(p: EvidenceParams): string {
  switch (p.via) {
    case 'btf':
      return `BTF has ${p.name}`;
    case 'config':
      return `${p.name} is set`;
    case 'lsm':
      return `the ${p.name} LSM is active`;
    case 'sysctl':
      return `sysctl ${p.name} exists`;
    case 'path':
      return `${p.name} exists`;
    default:
      return `${p.name} holds`;
  }
}

function missing(p: EvidenceParams): string {
  switch (p.via) {
    case 'btf':
      return `BTF has no ${p.name}`;
    case 'config':
      return `${p.name} is not set`;
    case 'lsm':
      return `the ${p.name} LSM is not active`;
    case 'sysctl':
      return `sysctl ${p.name} does not exist`;
    case 'path':
      return `${p.name} does not exist`;
    default:
      return `${p.name} does not hold`;
  }
}

function lsmFrom(from: EvidenceParams[string] | undefined): string {
  if (from === 'cmdline') return ', from lsm= on the kernel command line';
  if (from === 'config') return ', by CONFIG_LSM: the command line chooses none';
  return '';
}

const TEMPLATES = {
  'btf.enum_member': (p) => `BTF enum ${p.enum} has ${p.member}`,
  'btf.enum_member_missing': (p) => `BTF enum ${p.enum} has no ${p.member}`,
  'btf.enum_missing': (p) => `BTF has no enum ${p.enum}, so no ${p.member}`,
  'btf.function': (p) => `BTF has function ${p.name}`,
  'btf.function_missing': (p) => `BTF has no function ${p.name}`,
  'btf.struct_member': (p) => `BTF struct ${p.struct} has member ${p.member}`,
  'btf.struct_member_missing': (p) => `BTF struct ${p.struct} has no member ${p.member}`,
  'btf.enumerator': (p) => `a BTF enum has ${p.name}`,
  'btf.enumerator_missing': (p) => `no BTF enum has ${p.name}`,
  'btf.not_checked': (p) => `${p.name} was not looked up in BTF`,
  'btf.absent': (p) => `no BTF: ${p.name} cannot be checked`,
  'btf.unknown': (p) => `BTF unavailable (${p.reason}): ${p.name} cannot be checked`,

  'config.set': (p) => `${p.option}=${p.value}`,
  'config.not_set': (p) => `${p.option} is not set`,
  'config.unknown': (p) => `kernel config unavailable (${p.reason}): ${p.option} cannot be checked`,

  'lsm.active': (p) => `${p.lsm} is among the active LSMs (${p.active}${lsmFrom(p.from)})`,
  'lsm.inactive': (p) => `${p.lsm} is not among the active LSMs (${p.active || 'none'}${lsmFrom(p.from)})`,
  'lsm.built_inactive': (p) =>
    `${p.option}=${p.value} but ${p.lsm} is not among the active LSMs: the helper exists, LSM programs cannot attach`,
  'lsm.unknown': (p) => `active LSMs unknown (${p.reason}): ${p.lsm} cannot be checked`,

  'path.exists': (p) => `${p.path} exists`,
  'path.missing': (p) => `${p.path} does not exist`,
  'path.unknown': (p) => `${p.path} cannot be checked (${p.reason})`,

  'sysctl.exists': (p) => `sysctl ${p.name} = ${p.value}`,
  'sysctl.missing': (p) => `sysctl ${p.name} does not exist`,
  'sysctl.unknown': (p) => `sysctl ${p.name} cannot be checked (${p.reason})`,

  'kernel.at_least': (p) => `kernel ${p.release} ≥ ${p.min}`,
  'kernel.below': (p) => `kernel ${p.release} < ${p.min}`,
  'kernel.unknown': (p) => `kernel release unknown (${p.reason}): cannot compare with ${p.min}`,
  'kernel.by_version_only': (p) => `${p.noBtf ? 'no BTF; ' : ''}kernel ${p.release} ${p.cmp} ${p.min} (by version only)`,
  'kernel.backported': (p) => `kernel ${p.release} < ${p.min} by version, but ${found(p)}: backported`,
  'kernel.contradicted': (p) => `kernel ${p.release} ≥ ${p.min} by version, but ${missing(p)}`,

  'userspace.at_least': (p) => `${p.component} ${p.version}${p.via ? ` (${p.via})` : ''} ≥ ${p.min}`,
  'userspace.below': (p) => `${p.component} ${p.version}${p.via ? ` (${p.via})` : ''} < ${p.min}`,
  'userspace.unknown': (p) => `${p.component} version unknown (${p.reason}): cannot compare with ${p.min}`,

  'rules.none': () => 'no detection rules and no kernel version to go by',
} satisfies Record<string, Template>;

export type EvidenceCode = keyof typeof TEMPLATES;
export const EVIDENCE_CODES = Object.keys(TEMPLATES) as EvidenceCode[];

/** The English sentence for an evidence code; the one place these sentences are written. */
export function describeEvidence(code: EvidenceCode, params: EvidenceParams): string {
  return (TEMPLATES[code] as Template)(params);
}

export function makeEvidence(code: EvidenceCode, params: EvidenceParams = {}): Evidence {
  return { code, params, text: describeEvidence(code, params) };
}
