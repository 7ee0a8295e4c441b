/**
 * Probe evidence in words, in both languages, from its code and parameters (lib/probe/evidence.ts
 * writes the English once; the Chinese is here). Parameter values — names, versions, paths, errno
 * codes — stay as they are; the reasons the collector gives in words are translated where known.
 * Pure: the probe page renders it in the browser.
 */
import type { Lang } from '../features/types';
import { describeEvidence, EVIDENCE_CODES, type EvidenceCode, type EvidenceParams } from './evidence';

type Template = (p: EvidenceParams) => string;

/** Reasons the collector and evaluator write in words (errno codes such as ENOENT stay as they are). */
const ZH_REASONS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^not collected$/, () => '未采集'],
  [/^unparsable$/, () => '无法解析'],
  [/^unparsable version (.+)$/, (m) => `无法解析的版本 ${m[1]}`],
  [/^(securityfs|sysfs|procfs) not mounted$/, (m) => `${m[1]} 未挂载`],
  [/^timed out after (\d+) ms$/, (m) => `${m[1]} 毫秒后超时`],
  [/^not run$/, () => '未运行'],
  [/^not run: HOST_ROOT is not \/.*$/, () => '未运行:HOST_ROOT 不是 /(无法在此运行宿主机的 ip)'],
  [/^iproute2 names no libbpf$/, () => 'iproute2 未列出 libbpf'],
  [/^not a directory$/, () => '不是目录'],
  [/^\(unreadable\)$/, () => '(不可读)'],
  [/^unreadable BTF: (.+)$/, (m) => `BTF 无法读取:${m[1]}`],
  [/^ip -V: (.+)$/, (m) => `ip -V:${translateReason(m[1], 'zh')}`],
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

const zhReason = (p: EvidenceParams) => translateReason(String(p.reason ?? ''), 'zh');

function zhFound(p: EvidenceParams): string {
  switch (p.via) {
    case 'btf':
      return `BTF 中有 ${p.name}`;
    case 'config':
      return `已设置 ${p.name}`;
    case 'lsm':
      return `LSM ${p.name} 已启用`;
    case 'sysctl':
      return `sysctl ${p.name} 存在`;
    case 'path':
      return `${p.name} 存在`;
    default:
      return `${p.name} 成立`;
  }
}

function zhMissing(p: EvidenceParams): string {
  switch (p.via) {
    case 'btf':
      return `BTF 中没有 ${p.name}`;
    case 'config':
      return `未设置 ${p.name}`;
    case 'lsm':
      return `LSM ${p.name} 未启用`;
    case 'sysctl':
      return `sysctl ${p.name} 不存在`;
    case 'path':
      return `${p.name} 不存在`;
    default:
      return `${p.name} 不成立`;
  }
}

function zhLsmFrom(from: EvidenceParams[string] | undefined): string {
  if (from === 'cmdline') return ',来自内核命令行的 lsm=';
  if (from === 'config') return ',依据 CONFIG_LSM:命令行未指定';
  return '';
}

function zhVia(via: EvidenceParams[string] | undefined): string {
  if (!via) return '';
  return via === 'linked by iproute2' ? '(iproute2 链接的版本)' : `(${via})`;
}

const ZH = {
  'btf.enum_member': (p) => `BTF 枚举 ${p.enum} 中有 ${p.member}`,
  'btf.enum_member_missing': (p) => `BTF 枚举 ${p.enum} 中没有 ${p.member}`,
  'btf.enum_missing': (p) => `BTF 中没有枚举 ${p.enum},因此没有 ${p.member}`,
  'btf.function': (p) => `BTF 中有函数 ${p.name}`,
  'btf.function_missing': (p) => `BTF 中没有函数 ${p.name}`,
  'btf.struct_member': (p) => `BTF 结构体 ${p.struct} 中有成员 ${p.member}`,
  'btf.struct_member_missing': (p) => `BTF 结构体 ${p.struct} 中没有成员 ${p.member}`,
  'btf.enumerator': (p) => `BTF 的枚举中有 ${p.name}`,
  'btf.enumerator_missing': (p) => `BTF 的所有枚举中都没有 ${p.name}`,
  'btf.not_checked': (p) => `未在 BTF 中查找 ${p.name}`,
  'btf.absent': (p) => `没有 BTF:无法检查 ${p.name}`,
  'btf.unknown': (p) => `BTF 不可用(${zhReason(p)}):无法检查 ${p.name}`,

  'config.set': (p) => `${p.option}=${p.value}`,
  'config.not_set': (p) => `未设置 ${p.option}`,
  'config.unknown': (p) => `内核配置不可用(${zhReason(p)}):无法检查 ${p.option}`,

  'lsm.active': (p) => `${p.lsm} 在已启用的 LSM 中(${p.active}${zhLsmFrom(p.from)})`,
  'lsm.inactive': (p) => `${p.lsm} 不在已启用的 LSM 中(${p.active || '无'}${zhLsmFrom(p.from)})`,
  'lsm.built_inactive': (p) => `${p.option}=${p.value},但 ${p.lsm} 不在已启用的 LSM 中:帮助函数存在,LSM 程序无法挂载`,
  'lsm.unknown': (p) => `已启用的 LSM 未知(${zhReason(p)}):无法检查 ${p.lsm}`,

  'path.exists': (p) => `${p.path} 存在`,
  'path.missing': (p) => `${p.path} 不存在`,
  'path.unknown': (p) => `无法检查 ${p.path}(${zhReason(p)})`,

  'sysctl.exists': (p) => `sysctl ${p.name} = ${p.value === '(unreadable)' ? '(不可读)' : p.value}`,
  'sysctl.missing': (p) => `sysctl ${p.name} 不存在`,
  'sysctl.unknown': (p) => `无法检查 sysctl ${p.name}(${zhReason(p)})`,

  'kernel.at_least': (p) => `内核 ${p.release} ≥ ${p.min}`,
  'kernel.below': (p) => `内核 ${p.release} < ${p.min}`,
  'kernel.unknown': (p) => `内核版本未知(${zhReason(p)}):无法与 ${p.min} 比较`,
  'kernel.by_version_only': (p) => `${p.noBtf ? '没有 BTF;' : ''}内核 ${p.release} ${p.cmp} ${p.min}(仅按版本判断)`,
  'kernel.backported': (p) => `内核 ${p.release} 按版本号 < ${p.min},但 ${zhFound(p)}:已向后移植`,
  'kernel.contradicted': (p) => `内核 ${p.release} 按版本号 ≥ ${p.min},但 ${zhMissing(p)}`,

  'userspace.at_least': (p) => `${p.component} ${p.version}${zhVia(p.via)} ≥ ${p.min}`,
  'userspace.below': (p) => `${p.component} ${p.version}${zhVia(p.via)} < ${p.min}`,
  'userspace.unknown': (p) => `${p.component} 版本未知(${zhReason(p)}):无法与 ${p.min} 比较`,

  'rules.none': () => '没有检测规则,也没有可参照的内核版本',
} satisfies Record<EvidenceCode, Template>;

/** One piece of evidence as a sentence in `lang`; a code this build does not know falls back to the server's text. */
export function evidenceText(evidence: { code: EvidenceCode; params: EvidenceParams; text?: string }, lang: Lang): string {
  if (!(EVIDENCE_CODES as string[]).includes(evidence.code)) return evidence.text ?? evidence.code;
  if (lang === 'zh') return (ZH[evidence.code] as Template)(evidence.params);
  return describeEvidence(evidence.code, evidence.params);
}

/** Parameters that are names from the kernel or the host (shown as code); the rest are words or numbers. */
const CODE_PARAMS = new Set(['name', 'member', 'enum', 'option', 'value', 'path', 'lsm', 'active', 'component']);
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
export function evidenceSegments(evidence: { code: EvidenceCode; params: EvidenceParams; text?: string }, lang: Lang): EvidenceSegment[] {
  const marked: EvidenceParams = { ...evidence.params };
  const values: string[] = [];
  for (const [key, value] of Object.entries(evidence.params)) {
    if (!CODE_PARAMS.has(key) || typeof value !== 'string' || value === '' || value === '(unreadable)') continue;
    marked[key] = `${MARK}${values.length}${MARK}`;
    values.push(value);
  }
  const text = evidenceText({ ...evidence, params: marked }, lang);
  const parts = text.split(MARK);
  const segments: EvidenceSegment[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 1 && /^\d+$/.test(part) && values[Number(part)] !== undefined) segments.push({ text: values[Number(part)], code: true });
    else if (part) segments.push({ text: part });
  });
  return segments;
}
