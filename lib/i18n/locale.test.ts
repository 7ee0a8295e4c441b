import { describe, expect, it } from 'vitest';
import { formatDateTime, htmlLang, negotiateLang, openGraphLocale } from './locale';

describe('negotiateLang', () => {
  it.each([
    [undefined, 'zh'],
    ['', 'zh'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['en;q=0.5, zh;q=0.8', 'zh'],
    ['fr, zh-TW;q=0.5, en;q=0.4', 'zh'],
    ['fr, de', 'zh'],
    ['en;q=0, zh;q=0.1', 'zh'],
    ['*', 'zh'],
    ['EN-gb', 'en'],
  ])('%j → %s', (header, expected) => {
    expect(negotiateLang(header)).toBe(expected);
  });
});

describe('language tags', () => {
  it('tags Chinese text zh-CN and English en', () => {
    expect(htmlLang('zh')).toBe('zh-CN');
    expect(htmlLang('en')).toBe('en');
    expect(openGraphLocale('zh')).toBe('zh_CN');
    expect(openGraphLocale('en')).toBe('en_US');
  });
  it('writes dates day before month in English', () => {
    const when = '2024-03-05T14:07:00Z';
    expect(formatDateTime(when, 'en')).toBe(new Date(when).toLocaleString('en-GB'));
    expect(formatDateTime(when, 'zh')).toBe(new Date(when).toLocaleString('zh-CN'));
  });
});
