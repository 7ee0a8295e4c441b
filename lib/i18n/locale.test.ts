import { describe, expect, it } from 'vitest';
import { negotiateLang } from './locale';

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
