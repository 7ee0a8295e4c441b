/** A catalog entry's page (a helper, program type, map type, attach type or kfunc). */
import { defineMessages } from './define';

export const catalogMessages = defineMessages({
  en: {
    commit: 'Commit',
    docs: 'Documentation',
    sources: 'Sources',
    disagreement: 'Sources disagree',
    mentionedIn: 'Mentioned in the digest',
    noMentions: 'No digest feature mentions it yet.',
    callableFrom: 'Program types that may call it',
    versionKeptOrder:
      'Kept {source}’s {kernel}: as {position} it landed between {prev} and {next}, and only this claim fits (the kernel numbers them in the order they were merged).',
    versionPositionHelper: 'helper id {id}',
    versionPositionEnum: 'number {id} in enum {enum}',
    versionKeptPrecedence:
      'Kept {source}’s {kernel}: in the kernel’s order ({position}) both claims fit between {prev} and {next}; the newer source, ebpf-docs, goes first.',
    versionNeighbour: '{name} (id {id}, {kernel})',
    versionNoPrevious: 'the first helper',
    versionNoNext: 'the newest helper',
    prototype: 'Prototype',
    prototypeHelperDefs: 'from bpf_helper_defs.h of Debian’s libbpf-dev {version}',
    prototypeHost: 'from this host’s kernel BTF',
    prototypeShipped: 'from the BTF of {kernel} (this host’s BTF does not have it, or the probe does not answer here)',
    prototypeImpl: 'BTF has it as {name}',
  },
  zh: {
    commit: '提交',
    docs: '文档',
    sources: '数据来源',
    disagreement: '来源不一致',
    mentionedIn: '文摘中提到',
    noMentions: '文摘中还没有特性提到它。',
    callableFrom: '可调用它的程序类型',
    versionKeptOrder:
      '采用 {source} 的 {kernel}:作为{position},它的引入时间介于 {prev} 与 {next} 之间,只有这个说法相符(内核按合入顺序为它们编号)。',
    versionPositionHelper: ' {id} 号帮助函数',
    versionPositionEnum: '枚举 {enum} 的 {id} 号成员',
    versionKeptPrecedence:
      '采用 {source} 的 {kernel}:按内核的顺序({position}),两种说法都介于 {prev} 与 {next} 之间;优先采用较新的来源 ebpf-docs。',
    versionNeighbour: '{name}({id} 号,{kernel})',
    versionNoPrevious: '第一个帮助函数',
    versionNoNext: '最新的帮助函数',
    prototype: '原型',
    prototypeHelperDefs: '来自 Debian libbpf-dev {version} 的 bpf_helper_defs.h',
    prototypeHost: '来自本机内核的 BTF',
    prototypeShipped: '来自 {kernel} 的 BTF(本机 BTF 中没有它,或此处探测不可用)',
    prototypeImpl: 'BTF 中的名称为 {name}',
  },
});
