/**
 * zod's own messages (the "where and what" of a report that does not fit the schema) in the
 * page's language. zod keeps its locale in a global, so the page sets it before each check — a
 * client-side switch between /zh and /en must not leave the other language behind. Browser only
 * in use (the server never shows these messages), pure otherwise.
 */
import { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import zhCN from 'zod/v4/locales/zh-CN.js';
import type { Lang } from '../features/types';

let current: Lang | null = null;

export function setZodMessageLanguage(lang: Lang): void {
  if (current === lang) return;
  z.config(lang === 'zh' ? zhCN() : en());
  current = lang;
}
