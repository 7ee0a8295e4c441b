import { describe, expect, it } from 'vitest';
import { LANGS } from '../features/types';
import { getDictionary, NAMESPACES } from './dictionary';

describe('the dictionary', () => {
  it.each(LANGS)('holds every namespace, no key in two of them (%s)', (lang) => {
    const t: Record<string, string> = getDictionary(lang);
    const keys = NAMESPACES.flatMap((n) => Object.keys(n[lang]));
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(t).sort()).toEqual([...keys].sort());
    for (const n of NAMESPACES) for (const [key, text] of Object.entries(n[lang])) expect(t[key], key).toBe(text);
  });

  it('gives each key in both languages, none empty', () => {
    const [zh, en] = [getDictionary('zh'), getDictionary('en')];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const t of [zh, en]) for (const [key, text] of Object.entries(t)) expect(text.trim(), key).not.toBe('');
  });
});
