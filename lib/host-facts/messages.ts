/**
 * Why host facts were refused, in the reader's language: the validator's error (it writes English;
 * the page picks) and zod's own messages (the "where and what" of facts that do not fit the schema).
 * Pure, but for zod's locale: a global the page sets before each check.
 */
import { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import zhCN from 'zod/v4/locales/zh-CN.js';
import type { Lang } from '../features/types';
import { format } from '../i18n/format';
import { hostReportMessages } from '../i18n/messages/host-report';
import type { HostFactsError } from './validate';

// The few words the validator puts in its parameters; zod's own messages stay as zod writes them.
const ZH_WORDS: Record<string, string> = {
  'an array': '数组',
  'a string': '字符串',
  'a number': '数字',
  'a boolean': '布尔值',
  'missing, so this is not a host report (collect-host-facts.sh and the probe write one)':
    '缺失,因此这不是主机报告(主机报告由 collect-host-facts.sh 或本机检测生成)',
};

export function hostFactsErrorText(error: HostFactsError, lang: Lang): string {
  const t = hostReportMessages[lang];
  const word = (value: string | number | undefined) => {
    const s = String(value ?? '');
    return (lang === 'zh' && ZH_WORDS[s]) || s;
  };
  const p = error.params;
  switch (error.code) {
    case 'too-large':
      return format(t.reportErrorTooLarge, { bytes: p.bytes ?? '' });
    case 'empty':
      return t.reportErrorEmpty;
    case 'not-json':
      return format(t.reportErrorNotJson, { problem: word(p.problem) });
    case 'not-an-object':
      return format(t.reportErrorNotAnObject, { got: word(p.got) });
    case 'newer-schema':
      return format(t.reportErrorNewerSchema, { version: p.version ?? '', known: p.known ?? '' });
    case 'wrong-schema': {
      const more = Number(p.more ?? 0);
      const text = format(t.reportErrorWrongSchema, { path: word(p.path), problem: word(p.problem) });
      return more > 0 ? `${text} ${format(t.reportErrorMore, { n: more })}` : text;
    }
  }
}

let zodLanguage: Lang | null = null;

/**
 * zod keeps its locale in a global, so the page sets it before each check: a client-side switch
 * between /zh and /en must not leave the other language behind. (The server never shows these.)
 */
export function setZodMessageLanguage(lang: Lang): void {
  if (zodLanguage === lang) return;
  z.config(lang === 'zh' ? zhCN() : en());
  zodLanguage = lang;
}
