/**
 * lib/verdicts and lib/host-facts run in the browser (the probe page evaluates another host's facts
 * there): nothing they import, directly or not, may be Node's. Type-only imports count too, to be strict.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const lib = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const nodeModules = new Set(builtinModules);

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

/** Every module reachable from the given ones through relative imports; the Node imports met on the way. */
function walk(start: string[]): { seen: Set<string>; offenders: string[] } {
  const seen = new Set<string>();
  const offenders: string[] = [];
  const queue = [...start];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of importsOf(file)) {
      if (spec.startsWith('node:') || nodeModules.has(spec)) offenders.push(`${file.slice(lib.length + 1)}: ${spec}`);
      else if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec.endsWith('.ts') ? spec : `${spec}.ts`));
    }
  }
  return { seen, offenders };
}

describe('verdicts and host facts are browser-safe', () => {
  const modules = ['verdicts', 'host-facts'].flatMap((dir) =>
    readdirSync(join(lib, dir))
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .map((name) => join(lib, dir, name)),
  );

  it('import nothing from Node, directly or not', () => {
    const { seen, offenders } = walk(modules);
    expect(offenders).toEqual([]);
    // It did walk the graph: the evaluator, the schema, versions, detect rules.
    expect([...seen].map((f) => f.slice(lib.length + 1))).toEqual(
      expect.arrayContaining([
        'verdicts/rules.ts',
        'verdicts/evidence.ts',
        'host-facts/schema.ts',
        'kernel/version.ts',
        'features/detect.ts',
      ]),
    );
  });
});
