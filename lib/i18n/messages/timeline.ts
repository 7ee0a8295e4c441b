/** The kernel timeline and its filters. */
import { defineMessages } from './define';

export const timelineMessages = defineMessages({
  en: {
    timelineTitle: 'eBPF features by kernel version',
    timelineIntro:
      'Every kernel version with eBPF changes, newest first. Digest features stand out; catalog entries are listed under each version.',
    fromTheDigest: 'From the digest',
    filters: 'Filters',
    filterCategories: 'Categories',
    filterKinds: 'Show',
    filterFrom: 'From kernel',
    filterTo: 'To kernel',
    filterAny: 'Any',
    filterDigestOnly: 'Digest features only',
    filterApply: 'Apply',
    filterReset: 'Reset',
    versionCount: '{n} kernel versions',
    noMatches: 'Nothing matches these filters.',
    catalogListLink: 'All {n} of Linux {version} in the {kind} index →',
  },
  zh: {
    timelineTitle: '按内核版本排列的 eBPF 特性',
    timelineIntro: '每个带来 eBPF 变化的内核版本,从新到旧。文摘中的特性突出显示,目录条目列在各版本之下。',
    fromTheDigest: '文摘收录',
    filters: '筛选',
    filterCategories: '分类',
    filterKinds: '显示',
    filterFrom: '起始内核',
    filterTo: '截止内核',
    filterAny: '不限',
    filterDigestOnly: '只看文摘特性',
    filterApply: '应用',
    filterReset: '重置',
    versionCount: '{n} 个内核版本',
    noMatches: '没有符合筛选条件的内容。',
    catalogListLink: '在「{kind}」索引中查看 Linux {version} 的全部 {n} 项 →',
  },
});
