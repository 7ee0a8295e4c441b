import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISLANDS } from '../components/islands';
import { bundleIslands, clientExports, islandNames } from './build-islands.mjs';

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

  it('bundles for the browser: no server environment left, and zod only behind the "another host" tab', async () => {
    const { metafile, outputFiles } = await bundleIslands(path.join(tmpdir(), 'ebpf-digest-islands-test'), { write: false });
    for (const file of outputFiles!) expect(file.text, file.path).not.toMatch(/process\.env/);
    // Every module a page can load before that tab is opened: the boot module and what it imports, statically
    // or on demand, except the tab's own code.
    const outputs = metafile.outputs;
    const boot = Object.keys(outputs).find((file) => outputs[file]!.entryPoint === 'components/islands-boot.tsx')!;
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file) || outputs[file]!.entryPoint === 'components/CheckAnotherHost.tsx') return;
      reached.add(file);
      outputs[file]!.imports.filter((i) => !i.external).forEach((i) => visit(i.path));
    };
    visit(boot);
    expect([...reached].some((file) => outputs[file]!.entryPoint === 'lib/search/client.ts')).toBe(true);
    for (const file of reached) {
      expect(
        Object.keys(outputs[file]!.inputs).filter((input) => input.includes('node_modules/zod/')),
        file,
      ).toEqual([]);
    }
  });
});
