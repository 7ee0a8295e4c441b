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
  },
  zh: {
    commit: '提交',
    docs: '文档',
    sources: '数据来源',
    disagreement: '来源不一致',
    mentionedIn: '文摘中提到',
    noMentions: '文摘中还没有特性提到它。',
    callableFrom: '可调用它的程序类型',
  },
});
