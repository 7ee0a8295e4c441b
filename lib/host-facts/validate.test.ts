import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materializeHostFixture, type MaterializedHost } from '../../test/helpers/host-fixtures';
import { collectHostFacts } from '../server/collect/host-facts';
import { evaluateAll } from '../verdicts/evaluate';
import { HOST_FACTS_SCHEMA_VERSION, type HostFacts } from './schema';
import type { CatalogEntry } from '../catalog/types';
import { hostFactsErrorText } from './messages';
import { MAX_HOST_FACTS_BYTES, utf8Length, validateHostFacts, validateHostFactsFile, type HostFactsErrorCode } from './validate';

let host: MaterializedHost;
let facts: HostFacts;
let text: string;

beforeAll(async () => {
  host = await materializeHostFixture('linux-6x');
  facts = await collectHostFacts({
    roots: host.roots,
    io: host.io,
    wantedFunctions: ['bpf_task_acquire'],
    now: () => new Date('2026-01-02T03:04:05Z'),
  });
  text = JSON.stringify(facts);
});
afterAll(() => host.cleanup());

/** The facts with one change: `edit` gets a deep copy to mutate. */
function edited(edit: (r: Record<string, any>) => void): string {
  const copy = structuredClone(facts) as unknown as Record<string, any>;
  edit(copy);
  return JSON.stringify(copy);
}

describe('validateHostFacts', () => {
  it('accepts facts as the collector writes them, pretty-printed, and with a BOM', () => {
    for (const input of [text, JSON.stringify(facts, null, 2), `\uFEFF${text}\n`]) {
      const result = validateHostFacts(input);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.facts).toEqual(facts);
    }
  });

  const table: [string, () => string, HostFactsErrorCode, RegExp][] = [
    ['empty text', () => '', 'empty', /^The report is empty\.$/],
    ['only spaces', () => ' \n\t ', 'empty', /empty/],
    ['not JSON at all', () => 'hello, world', 'not-json', /^The report is not JSON: .+\.$/],
    ['JSON cut short', () => text.slice(0, 200), 'not-json', /not JSON/],
    ['a shell error instead of JSON', () => 'sh: 1: collect-host-facts.sh: not found\n', 'not-json', /not JSON/],
    ['a JSON array', () => '[1,2,3]', 'not-an-object', /expected an object, got an array/],
    ['a JSON string', () => '"report"', 'not-an-object', /got a string/],
    ['null', () => 'null', 'not-an-object', /got null/],
    [
      'a newer schema version',
      () => edited((r) => (r.schemaVersion = HOST_FACTS_SCHEMA_VERSION + 1)),
      'newer-schema',
      /schema version 2; this page reads version 1/,
    ],
    ['no schemaVersion', () => edited((r) => delete r.schemaVersion), 'wrong-schema', /at schemaVersion: missing/],
    [
      'two problems',
      () =>
        edited((r) => {
          r.collectedAt = 1;
          r.facts.btf.value.size = -1;
        }),
      'wrong-schema',
      /at collectedAt: .*\(and 1 more problem\)\.$/,
    ],
    ['schemaVersion 0', () => edited((r) => (r.schemaVersion = 0)), 'wrong-schema', /at schemaVersion: /],
    [
      'an object that is something else',
      () => '{"hello":"world"}',
      'wrong-schema',
      /at schemaVersion: missing, so this is not a host report/,
    ],
    [
      'a fact without status',
      () => edited((r) => delete r.facts.kernelRelease.status),
      'wrong-schema',
      /at facts\.kernelRelease\.status: /,
    ],
    [
      'a BTF size that is text',
      () => edited((r) => (r.facts.btf.value.size = 'big')),
      'wrong-schema',
      /at facts\.btf\.value\.size: .*number/i,
    ],
    [
      'an enum member that is not a name',
      () => edited((r) => (r.facts.btf.value.enums.bpf_func_id[3] = 'BPF FUNC')),
      'wrong-schema',
      /at facts\.btf\.value\.enums\.bpf_func_id\[3\]: expected an identifier/,
    ],
    [
      'an unknown fact with a value',
      () => edited((r) => Object.assign(r.facts.lockdown, { status: 'unknown', reason: 'EACCES' })),
      'wrong-schema',
      /at facts\.lockdown\.value: an unknown fact has value null/,
    ],
    [
      'a bad config key',
      () => edited((r) => (r.facts.kernelConfig.value['NOT_CONFIG'] = 'y')),
      'wrong-schema',
      /at facts\.kernelConfig\.value\.NOT_CONFIG: invalid key/,
    ],
    [
      'a sysctl path as key',
      () => edited((r) => (r.facts.sysctls['/proc/sys/x'] = r.facts.sysctls['net.core.busy_poll'])),
      'wrong-schema',
      /expected a dotted sysctl name/,
    ],
    ['a bad date', () => edited((r) => (r.collectedAt = 'yesterday')), 'wrong-schema', /at collectedAt: /],
    ['over 2 MB', () => text + ' '.repeat(MAX_HOST_FACTS_BYTES), 'too-large', /bytes; the limit is 2097152 \(2 MB\)/],
    ['over 2 MB in UTF-8 only', () => `${text.slice(0, -1)},"pad":"${'内'.repeat(700_000)}"}`, 'too-large', /the limit is/],
  ];

  it.each(table)('%s → %s', (_, input, code, message) => {
    const result = validateHostFacts(input());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(message);
    // One message, one sentence-ish line, whatever went wrong.
    expect(result.error.message).not.toContain('\n');
    expect(result.error.message.length).toBeLessThan(400);
    // …and the page can say it in either language.
    for (const lang of ['zh', 'en'] as const) expect(hostFactsErrorText(result.error, lang)).not.toMatch(/\{\w+\}/);
  });

  it('counts UTF-8 bytes as the file has them', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('内核')).toBe(6);
    expect(utf8Length('😀')).toBe(4);
    expect(utf8Length('\ud800x')).toBe(4); // a lone surrogate is written as U+FFFD (3 bytes)
    expect(utf8Length(text)).toBe(Buffer.byteLength(text));
  });
});

describe('validateHostFacts under fuzz (bounded, seeded)', () => {
  const few: CatalogEntry[] = [
    {
      kind: 'helper',
      name: 'bpf_ima_inode_hash',
      kernel: '5.11',
      commit: null,
      commitUrl: null,
      sources: [],
      disagreement: null,
      btf: { enum: 'bpf_func_id', member: 'BPF_FUNC_ima_inode_hash' },
      programTypes: [],
      docsUrl: '',
    },
    {
      kind: 'kfunc',
      name: 'bpf_task_acquire',
      kernel: '6.2',
      commit: null,
      commitUrl: null,
      sources: [],
      disagreement: null,
      btf: { func: 'bpf_task_acquire' },
      programTypes: [],
      docsUrl: '',
    },
  ];

  /** Never throws; a success is facts the evaluator can take; a failure has one message. */
  function check(input: string) {
    const result = validateHostFacts(input);
    if (result.ok) {
      expect(() => evaluateAll([], few, result.facts)).not.toThrow();
    } else {
      expect(typeof result.error.message).toBe('string');
      expect(result.error.message.length).toBeGreaterThan(0);
    }
  }

  it('arbitrary text and arbitrary JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.json({ maxDepth: 4 }), fc.string({ unit: 'binary', maxLength: 200 })),
        (input) => {
          check(input);
        },
      ),
      { seed: 20260601, numRuns: 400 },
    );
  });

  it('real facts with one value replaced anywhere', () => {
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (value && typeof value === 'object' && path.length < 6) {
        for (const [k, v] of Object.entries(value).slice(0, 12)) walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
      }
    };
    walk(facts, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything({ maxDepth: 2, withNullPrototype: true }), (path, replacement) => {
        const copy = structuredClone(facts) as unknown;
        let input: string;
        if (path.length === 0) {
          input = JSON.stringify(replacement) ?? 'undefined';
        } else {
          let parent = copy as Record<string | number, unknown>;
          for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
          parent[path.at(-1)!] = replacement;
          try {
            input = JSON.stringify(copy);
          } catch {
            return; // BigInt and friends: not JSON to begin with
          }
        }
        check(input);
      }),
      { seed: 1105, numRuns: 300 },
    );
  });

  it('real facts cut or spliced at any byte', () => {
    fc.assert(
      fc.property(fc.nat({ max: text.length }), fc.nat({ max: text.length }), fc.string({ maxLength: 8 }), (a, b, insert) => {
        const [i, j] = a < b ? [a, b] : [b, a];
        check(text.slice(0, i) + insert + text.slice(j));
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('validateHostFactsFile', () => {
  it('refuses a file over 2 MB by its size, without reading it', async () => {
    let read = false;
    const result = await validateHostFactsFile({
      size: MAX_HOST_FACTS_BYTES + 1,
      text: async () => {
        read = true;
        return '';
      },
    });
    expect(read).toBe(false);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large', params: { bytes: MAX_HOST_FACTS_BYTES + 1 } } });
  });

  it('checks what it reads like pasted text', async () => {
    const result = await validateHostFactsFile(new Blob(['not json']));
    expect(result).toMatchObject({ ok: false, error: { code: 'not-json' } });
  });

  it('says when the file cannot be read', async () => {
    const result = await validateHostFactsFile({ size: 10, text: () => Promise.reject(new Error('NotReadableError')) });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-json', params: { problem: 'NotReadableError' } } });
  });
});
