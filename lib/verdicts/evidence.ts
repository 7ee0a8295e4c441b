/**
 * Evidence: one sentence per fact that bore on a verdict, as a code and parameters, worded from ONE
 * table (code → English and Chinese). Each piece carries its English text (the API's `text`);
 * pages word it in their language. Parameter values — names, versions, paths, errno codes — stay
 * as they are; the reasons the collector and evaluator write in words are translated where known.
 * Pure: the probe page renders it in the browser.
 */
import type { Lang } from '../features/types';

export type EvidenceParams = Record<string, string | number | boolean>;

export interface Evidence {
  code: EvidenceCode;
  params: EvidenceParams;
  /** English, from the table below. */
  text: string;
}

type Template = (p: EvidenceParams, lang: Lang) => string;
type Wording = Record<Lang, Template>;

/** Reasons the collector and evaluator write in words (errno codes such as ENOENT stay as they are). */
const ZH_REASONS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^not collected$/, () => '未采集'],
  [/^unparsable$/, () => '无法解析'],
  [/^unparsable version (.+)$/, (m) => `无法解析的版本 ${m[1]}`],
  [/^(securityfs|sysfs|procfs) not mounted$/, (m) => `${m[1]} 未挂载`],
  [/^timed out after (\d+) ms$/, (m) => `${m[1]} 毫秒后超时`],
  [/^not run$/, () => '未运行'],
  [/^not run: HOST_ROOT is not \/(?: \(the host's (\w+))?.*$/, (m) => `未运行:HOST_ROOT 不是 /(无法在此运行宿主机的 ${m[1] ?? 'ip'})`],
  [/^iproute2 names no libbpf$/, () => 'iproute2 未列出 libbpf'],
  [/^not a directory$/, () => '不是目录'],
  [/^\(unreadable\)$/, () => '(不可读)'],
  [/^unreadable BTF: (.+)$/, (m) => `BTF 无法读取:${m[1]}`],
  [/^ip -V: (.+)$/, (m) => `ip -V:${translateReason(m[1]!, 'zh')}`],
  [/^not checked$/, () => '未检查'],
  [/^ENOENT: no (ip|bpftool) in (.+)$/, (m) => `ENOENT:${m[2]} 中都没有 ${m[1]}`],
  [/^exited with status (\d+)$/, (m) => `以状态 ${m[1]} 退出`],
  [/^no bpftool version in `bpftool version` output$/, () => '`bpftool version` 的输出中没有 bpftool 版本'],
  [/^bpftool version: (.+)$/, (m) => `bpftool version:${translateReason(m[1]!, 'zh')}`],
];

/** A reason in the reader's language when it is one the probe writes; otherwise as given. */
export function translateReason(reason: string, lang: Lang): string {
  if (lang === 'en') return reason;
  // Compound reasons ("/sys/kernel/security/lsm: securityfs not mounted; no lsm= …") are kept as given.
  for (const [pattern, render] of ZH_REASONS) {
    const match = pattern.exec(reason);
    if (match) return render(match);
  }
  return reason;
}

const reason = (p: EvidenceParams, lang: Lang) => translateReason(String(p.reason ?? ''), lang);

/** How the deciding evidence reads inside a version note, by the kind of rule (params.via): [found, missing]. */
const HOLDS: Record<string, Record<Lang, [string, string]>> = {
  btf: { en: ['BTF has {}', 'BTF has no {}'], zh: ['BTF 中有 {}', 'BTF 中没有 {}'] },
  config: { en: ['{} is set', '{} is not set'], zh: ['已设置 {}', '未设置 {}'] },
  lsm: { en: ['the {} LSM is active', 'the {} LSM is not active'], zh: ['LSM {} 已启用', 'LSM {} 未启用'] },
  sysctl: { en: ['sysctl {} exists', 'sysctl {} does not exist'], zh: ['sysctl {} 存在', 'sysctl {} 不存在'] },
  path: { en: ['{} exists', '{} does not exist'], zh: ['{} 存在', '{} 不存在'] },
  other: { en: ['{} holds', '{} does not hold'], zh: ['{} 成立', '{} 不成立'] },
};

function holds(p: EvidenceParams, lang: Lang, found: boolean): string {
  const words = HOLDS[String(p.via)] ?? HOLDS.other!;
  return words[lang][found ? 0 : 1].replace('{}', () => String(p.name));
}

/** Where the list of active LSMs came from, when not from securityfs. */
function lsmFrom(p: EvidenceParams, lang: Lang): string {
  if (p.from === 'cmdline') return { en: ', from lsm= on the kernel command line', zh: ',来自内核命令行的 lsm=' }[lang];
  if (p.from === 'config') return { en: ', by CONFIG_LSM: the command line chooses none', zh: ',依据 CONFIG_LSM:命令行未指定' }[lang];
  return '';
}

/** How a userspace version was found (`linked by iproute2`), in brackets. */
function userspaceVia(p: EvidenceParams, lang: Lang): string {
  if (!p.via) return '';
  if (lang === 'en') return ` (${p.via})`;
  return p.via === 'linked by iproute2' ? '(iproute2 链接的版本)' : `(${p.via})`;
}

const EVIDENCE = {
  'btf.enum_member': { en: (p) => `BTF enum ${p.enum} has ${p.member}`, zh: (p) => `BTF 枚举 ${p.enum} 中有 ${p.member}` },
  'btf.enum_member_missing': { en: (p) => `BTF enum ${p.enum} has no ${p.member}`, zh: (p) => `BTF 枚举 ${p.enum} 中没有 ${p.member}` },
  'btf.enum_missing': {
    en: (p) => `BTF has no enum ${p.enum}, so no ${p.member}`,
    zh: (p) => `BTF 中没有枚举 ${p.enum},因此没有 ${p.member}`,
  },
  'btf.function': { en: (p) => `BTF has function ${p.name}`, zh: (p) => `BTF 中有函数 ${p.name}` },
  'btf.function_missing': { en: (p) => `BTF has no function ${p.name}`, zh: (p) => `BTF 中没有函数 ${p.name}` },
  'btf.function_impl': {
    en: (p) => `BTF has function ${p.impl}, which ${p.name} is a macro over`,
    zh: (p) => `BTF 中有函数 ${p.impl}(${p.name} 是基于它的宏)`,
  },
  'btf.kfunc': {
    en: (p) => `BTF tags ${p.name} as a kfunc (bpf_kfunc)`,
    zh: (p) => `BTF 将 ${p.name} 标记为 kfunc(bpf_kfunc)`,
  },
  'btf.kfunc_untagged': {
    en: (p) => `BTF has function ${p.name}, but this kernel tags its kfuncs (bpf_kfunc) and not this one`,
    zh: (p) => `BTF 中有函数 ${p.name},但此内核会为 kfunc 加 bpf_kfunc 标记,而它没有`,
  },
  'btf.struct_member': {
    en: (p) => `BTF struct ${p.struct} has member ${p.member}`,
    zh: (p) => `BTF 结构体 ${p.struct} 中有成员 ${p.member}`,
  },
  'btf.struct_member_missing': {
    en: (p) => `BTF struct ${p.struct} has no member ${p.member}`,
    zh: (p) => `BTF 结构体 ${p.struct} 中没有成员 ${p.member}`,
  },
  'btf.enumerator': { en: (p) => `a BTF enum has ${p.name}`, zh: (p) => `BTF 的枚举中有 ${p.name}` },
  'btf.enumerator_missing': { en: (p) => `no BTF enum has ${p.name}`, zh: (p) => `BTF 的所有枚举中都没有 ${p.name}` },
  'btf.not_checked': { en: (p) => `${p.name} was not looked up in BTF`, zh: (p) => `未在 BTF 中查找 ${p.name}` },
  'btf.absent': { en: (p) => `no BTF: ${p.name} cannot be checked`, zh: (p) => `没有 BTF:无法检查 ${p.name}` },
  'btf.unknown': {
    en: (p, l) => `BTF unavailable (${reason(p, l)}): ${p.name} cannot be checked`,
    zh: (p, l) => `BTF 不可用(${reason(p, l)}):无法检查 ${p.name}`,
  },

  'config.set': { en: (p) => `${p.option}=${p.value}`, zh: (p) => `${p.option}=${p.value}` },
  'config.not_set': { en: (p) => `${p.option} is not set`, zh: (p) => `未设置 ${p.option}` },
  'config.unknown': {
    en: (p, l) => `kernel config unavailable (${reason(p, l)}): ${p.option} cannot be checked`,
    zh: (p, l) => `内核配置不可用(${reason(p, l)}):无法检查 ${p.option}`,
  },

  'config.gate_release_unknown': {
    en: (p, l) => `kernel release unknown (${reason(p, l)}): which of ${p.options} build ${p.name} depends on it`,
    zh: (p, l) => `内核版本未知(${reason(p, l)}):构建 ${p.name} 所需的是 ${p.options} 中的哪些取决于版本`,
  },

  'lsm.active': {
    en: (p, l) => `${p.lsm} is among the active LSMs (${p.active}${lsmFrom(p, l)})`,
    zh: (p, l) => `${p.lsm} 在已启用的 LSM 中(${p.active}${lsmFrom(p, l)})`,
  },
  'lsm.inactive': {
    en: (p, l) => `${p.lsm} is not among the active LSMs (${p.active || 'none'}${lsmFrom(p, l)})`,
    zh: (p, l) => `${p.lsm} 不在已启用的 LSM 中(${p.active || '无'}${lsmFrom(p, l)})`,
  },
  'lsm.built_inactive': {
    en: (p) => `${p.option}=${p.value} but ${p.lsm} is not among the active LSMs: the helper exists, LSM programs cannot attach`,
    zh: (p) => `${p.option}=${p.value},但 ${p.lsm} 不在已启用的 LSM 中:帮助函数存在,LSM 程序无法挂载`,
  },
  'lsm.unknown': {
    en: (p, l) => `active LSMs unknown (${reason(p, l)}): ${p.lsm} cannot be checked`,
    zh: (p, l) => `已启用的 LSM 未知(${reason(p, l)}):无法检查 ${p.lsm}`,
  },

  'path.exists': { en: (p) => `${p.path} exists`, zh: (p) => `${p.path} 存在` },
  'path.missing': { en: (p) => `${p.path} does not exist`, zh: (p) => `${p.path} 不存在` },
  'path.unknown': { en: (p, l) => `${p.path} cannot be checked (${reason(p, l)})`, zh: (p, l) => `无法检查 ${p.path}(${reason(p, l)})` },

  'sysctl.exists': {
    en: (p) => `sysctl ${p.name} = ${p.value}`,
    zh: (p) => `sysctl ${p.name} = ${p.value === '(unreadable)' ? '(不可读)' : p.value}`,
  },
  'sysctl.missing': { en: (p) => `sysctl ${p.name} does not exist`, zh: (p) => `sysctl ${p.name} 不存在` },
  'sysctl.unknown': {
    en: (p, l) => `sysctl ${p.name} cannot be checked (${reason(p, l)})`,
    zh: (p, l) => `无法检查 sysctl ${p.name}(${reason(p, l)})`,
  },

  'kernel.at_least': { en: (p) => `kernel ${p.release} ≥ ${p.min}`, zh: (p) => `内核 ${p.release} ≥ ${p.min}` },
  'kernel.below': { en: (p) => `kernel ${p.release} < ${p.min}`, zh: (p) => `内核 ${p.release} < ${p.min}` },
  'kernel.unknown': {
    en: (p, l) => `kernel release unknown (${reason(p, l)}): cannot compare with ${p.min}`,
    zh: (p, l) => `内核版本未知(${reason(p, l)}):无法与 ${p.min} 比较`,
  },
  'kernel.by_version_only': {
    en: (p) => `${p.noBtf ? 'no BTF; ' : ''}kernel ${p.release} ${p.cmp} ${p.min} (by version only)`,
    zh: (p) => `${p.noBtf ? '没有 BTF;' : ''}内核 ${p.release} ${p.cmp} ${p.min}(仅按版本判断)`,
  },
  'kernel.backported': {
    en: (p, l) => `kernel ${p.release} < ${p.min} by version, but ${holds(p, l, true)}: backported`,
    zh: (p, l) => `内核 ${p.release} 按版本号 < ${p.min},但 ${holds(p, l, true)}:已向后移植`,
  },
  'kernel.contradicted': {
    en: (p, l) => `kernel ${p.release} ≥ ${p.min} by version, but ${holds(p, l, false)}`,
    zh: (p, l) => `内核 ${p.release} 按版本号 ≥ ${p.min},但 ${holds(p, l, false)}`,
  },

  'userspace.at_least': {
    en: (p, l) => `${p.component} ${p.version}${userspaceVia(p, l)} ≥ ${p.min}`,
    zh: (p, l) => `${p.component} ${p.version}${userspaceVia(p, l)} ≥ ${p.min}`,
  },
  'userspace.below': {
    en: (p, l) => `${p.component} ${p.version}${userspaceVia(p, l)} < ${p.min}`,
    zh: (p, l) => `${p.component} ${p.version}${userspaceVia(p, l)} < ${p.min}`,
  },
  'userspace.unknown': {
    en: (p, l) => `${p.component} version unknown (${reason(p, l)}): cannot compare with ${p.min}`,
    zh: (p, l) => `${p.component} 版本未知(${reason(p, l)}):无法与 ${p.min} 比较`,
  },

  'calls.listed': { en: (p) => `the data lists ${p.name} for ${p.type}`, zh: (p) => `数据列出 ${p.type} 可调用 ${p.name}` },
  'calls.excluded': {
    en: (p) => `the data excludes ${p.name} for ${p.type}: the verifier refuses it there`,
    zh: (p) => `数据将 ${p.name} 排除在 ${p.type} 之外:验证器在此拒绝它`,
  },
  'calls.not_listed': { en: (p) => `the data does not list ${p.name} for ${p.type}`, zh: (p) => `数据未列出 ${p.type} 可调用 ${p.name}` },
  'calls.not_listed_incomplete': {
    en: (p) => `the data does not list ${p.name} for ${p.type}, but its list for it is unfinished (${p.reason})`,
    zh: (p) => `数据未列出 ${p.type} 可调用 ${p.name},但该类型的列表尚未完成(${p.reason})`,
  },
  'calls.no_data': { en: (p) => `the data has no helper list for ${p.type}`, zh: (p) => `数据中没有 ${p.type} 的帮助函数列表` },
  'calls.type_unavailable': { en: (p) => `${p.type} is not available on this host`, zh: (p) => `此主机不支持 ${p.type}` },
  'calls.type_unknown': {
    en: (p) => `whether ${p.type} is available on this host is unknown`,
    zh: (p) => `无法确定此主机是否支持 ${p.type}`,
  },
  'calls.since_met': {
    en: (p) => `${p.type} may call it since ${p.min}: kernel ${p.release} ≥ ${p.min} (by version)`,
    zh: (p) => `${p.type} 自 ${p.min} 起可调用它:内核 ${p.release} ≥ ${p.min}(按版本判断)`,
  },
  'calls.since_unmet': {
    en: (p) => `${p.type} may call it only since ${p.min}: kernel ${p.release} < ${p.min} (by version)`,
    zh: (p) => `${p.type} 自 ${p.min} 起才可调用它:内核 ${p.release} < ${p.min}(按版本判断)`,
  },
  'calls.since_unknown': {
    en: (p, l) => `${p.type} may call it since ${p.min}; kernel release unknown (${reason(p, l)})`,
    zh: (p, l) => `${p.type} 自 ${p.min} 起可调用它;内核版本未知(${reason(p, l)})`,
  },
  'calls.attach_type': {
    en: (p) => `only from programs of attach type ${p.types}; BTF has ${p.found}`,
    zh: (p) => `仅限挂载类型为 ${p.types} 的程序;BTF 中有 ${p.found}`,
  },
  'calls.attach_type_missing': {
    en: (p) => `only from programs of attach type ${p.types}, which BTF does not have`,
    zh: (p) => `仅限挂载类型为 ${p.types} 的程序,而 BTF 中没有`,
  },
  'calls.lockdown_allows': {
    en: (p) => `lockdown is ${p.mode}: reading kernel memory is allowed`,
    zh: (p) => `lockdown 为 ${p.mode}:允许读取内核内存`,
  },
  'calls.lockdown_none': { en: () => 'no lockdown LSM: reading kernel memory is allowed', zh: () => '没有 lockdown LSM:允许读取内核内存' },
  'calls.lockdown_refuses': {
    en: (p) => `lockdown is ${p.mode}: helpers that read kernel memory are refused`,
    zh: (p) => `lockdown 为 ${p.mode}:读取内核内存的帮助函数被拒绝`,
  },
  'calls.lockdown_unknown': {
    en: (p, l) => `lockdown mode unknown (${reason(p, l)}): it decides whether kernel memory may be read`,
    zh: (p, l) => `lockdown 模式未知(${reason(p, l)}):它决定能否读取内核内存`,
  },

  'rules.none': { en: () => 'no detection rules and no kernel version to go by', zh: () => '没有检测规则,也没有可参照的内核版本' },
} satisfies Record<string, Wording>;

export type EvidenceCode = keyof typeof EVIDENCE;
export const EVIDENCE_CODES = Object.keys(EVIDENCE) as EvidenceCode[];

function isEvidenceCode(code: string): code is EvidenceCode {
  return (EVIDENCE_CODES as string[]).includes(code);
}

export function makeEvidence(code: EvidenceCode, params: EvidenceParams = {}): Evidence {
  return { code, params, text: (EVIDENCE[code] as Wording).en(params, 'en') };
}

/** One piece of evidence as a sentence in `lang`; a code this build does not know falls back to the server's text. */
export function evidenceText(evidence: { code: string; params: EvidenceParams; text?: string }, lang: Lang): string {
  if (!isEvidenceCode(evidence.code)) return evidence.text ?? evidence.code;
  return (EVIDENCE[evidence.code] as Wording)[lang](evidence.params, lang);
}

/** Parameters that are names from the kernel or the host (shown as code); the rest are words or numbers. */
const CODE_PARAMS = new Set([
  'name',
  'member',
  'enum',
  'option',
  'value',
  'path',
  'lsm',
  'active',
  'component',
  'type',
  'types',
  'found',
  'mode',
]);
const MARK = '\u0000';

export interface EvidenceSegment {
  text: string;
  /** A name (helper, option, path…): set in code type, and exempt from translation. */
  code?: true;
}

/**
 * The sentence split into words and names, so a page can set names as code. The template is run
 * with each name replaced by a marker; markers are then swapped back for the values.
 */
export function evidenceSegments(evidence: { code: string; params: EvidenceParams; text?: string }, lang: Lang): EvidenceSegment[] {
  const marked: EvidenceParams = { ...evidence.params };
  const values: string[] = [];
  for (const [key, value] of Object.entries(evidence.params)) {
    if (!CODE_PARAMS.has(key) || typeof value !== 'string' || value === '' || value === '(unreadable)') continue;
    marked[key] = `${MARK}${values.length}${MARK}`;
    values.push(value);
  }
  const parts = evidenceText({ ...evidence, params: marked }, lang).split(MARK);
  const segments: EvidenceSegment[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 1 && /^\d+$/.test(part) && values[Number(part)] !== undefined) segments.push({ text: values[Number(part)]!, code: true });
    else if (part) segments.push({ text: part });
  });
  return segments;
}
