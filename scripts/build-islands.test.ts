import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ISLANDS } from '../components/islands';
import { clientExports, islandNames } from './build-islands.mjs';

describe('build-islands', () => {
  it("reads the registry's names as components/islands.ts has them", () => {
    expect(islandNames(readFileSync('components/islands.ts', 'utf8'))).toEqual(Object.keys(ISLANDS));
    expect(() => islandNames('export const OTHER = {}')).toThrow(/ISLANDS/);
  });

  it("lists every client component's exports, islands among them", () => {
    const names = clientExports(['components', 'app']);
    for (const name of [...Object.keys(ISLANDS), 'CompareWithHost', 'ProbeView', 'StaticPart', 'LanguageSwitch'])
      expect(names).toContain(name);
    // Server components are not client components.
    expect(names).not.toContain('SiteHeader');
    expect(names).not.toContain('Island');
  });
});
