/** Route parameter checks shared by pages: bad input is a 404, never an exception. */
import 'server-only';
import { notFound } from 'next/navigation';
import type { Lang } from '../features/types';
import { isLang } from '../i18n/locale';

export function requireLang(value: string): Lang {
  if (!isLang(value)) notFound();
  return value;
}

export function requireIssueNumber(value: string): number {
  if (!/^[1-9]\d{0,5}$/.test(value)) notFound();
  return Number(value);
}
