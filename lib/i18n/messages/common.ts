/** Words several areas share: the kinds of things the site lists (plural, for headings and tabs) and the kernel. */
import { defineMessages, type Messages } from './define';

export const commonMessages = defineMessages({
  en: {
    kernel: 'Kernel',
    kindHelper: 'Helpers',
    kindProgramType: 'Program types',
    kindMapType: 'Map types',
    kindAttachType: 'Attach types',
    kindKfunc: 'kfuncs',
    kindFeature: 'Features',
    kindExplainer: 'Explainers',
    kindIssue: 'Issues',
  },
  zh: {
    kernel: '内核',
    kindHelper: '帮助函数',
    kindProgramType: '程序类型',
    kindMapType: '映射类型',
    kindAttachType: '挂载类型',
    kindKfunc: '内核函数 (kfunc)',
    kindFeature: '特性',
    kindExplainer: '概念解读',
    kindIssue: '期刊',
  },
});

export type CommonMessages = Messages<typeof commonMessages>;
