import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeBtf } from '@/test/helpers/btf-writer';
import { BtfError, readBtf, readBtfBase, type BtfSummary } from './index';

/**
 * Whatever the bytes, readBtf returns a summary or throws a BtfError, quickly, and never returns more
 * than the input can hold (each enum member takes ≥ 8 bytes, each FUNC 12, each type 12).
 */
const SEED = 0x0eb9f;

let summaries = 0;
let errors = 0;

function readOrBtfError(bytes: Uint8Array, options?: Parameters<typeof readBtf>[1]): void {
  let summary: BtfSummary;
  try {
    summary = readBtf(bytes, options);
  } catch (error) {
    if (!(error instanceof BtfError)) throw error;
    expect(error.message.length).toBeGreaterThan(10);
    errors++;
    return;
  }
  summaries++;
  const members = Object.values(summary.enums).reduce((n, m) => n + m.length, 0);
  expect(members * 8 + summary.functions.length * 12).toBeLessThanOrEqual(bytes.length);
  expect(summary.typeCount * 12).toBeLessThanOrEqual(bytes.length);
  for (let i = 1; i < summary.functions.length; i++) {
    expect(summary.functions[i - 1]! < summary.functions[i]!).toBe(true);
  }
}

const seeds = [
  writeBtf({ enums: { bpf_func_id: ['BPF_FUNC_unspec', 'BPF_FUNC_ringbuf_output'] }, functions: ['bpf_task_acquire', 'x'] }),
  writeBtf({ enums64: { e: ['A', 'B', 'C'] }, structs: { s: ['a', 'b'] }, functions: ['f'], byteOrder: 'big' }),
  writeBtf({ enums: { e: ['A'] }, enums64: { e: ['B'] } }),
];
const base = readBtfBase(seeds[0]!);
const splitSeed = writeBtf({ enums: { m: ['M_A', 'BPF_FUNC_unspec'] }, functions: ['mod_fn', 'x'], base });

const u32 = fc.oneof(fc.integer({ min: 0, max: 256 }), fc.integer({ min: 0, max: 0xffffffff }));
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('u32' as const), at: fc.nat(), value: u32 }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), value: fc.constant(0) }),
);

function mutate(seed: Uint8Array, mutations: { kind: 'byte' | 'u32' | 'truncate'; at: number; value: number }[]): Uint8Array {
  let bytes = seed.slice();
  for (const m of mutations) {
    if (bytes.length === 0) break;
    const at = m.at % bytes.length;
    if (m.kind === 'byte') bytes[at] = m.value;
    else if (m.kind === 'truncate') bytes = bytes.slice(0, at);
    else if (at + 4 <= bytes.length) new DataView(bytes.buffer).setUint32(at - (at % 4), m.value, (m.value & 1) === 0);
  }
  return bytes;
}

describe('readBtf fuzz (seeded, bounded)', () => {
  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => readOrBtfError(bytes)),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('a valid magic and version followed by random header fields and data', () => {
    const header = fc.tuple(fc.boolean(), u32, u32, u32, u32, u32, fc.uint8Array({ maxLength: 200 }));
    fc.assert(
      fc.property(header, ([le, hdrLen, typeOff, typeLen, strOff, strLen, rest]) => {
        const bytes = new Uint8Array(24 + rest.length);
        const view = new DataView(bytes.buffer);
        view.setUint16(0, 0xeb9f, le);
        bytes[2] = 1;
        [hdrLen, typeOff, typeLen, strOff, strLen].forEach((v, i) => view.setUint32(4 + 4 * i, v, le));
        bytes.set(rest, 24);
        readOrBtfError(bytes);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('mutated valid blobs (both byte orders, ENUM64, split BTF with and without its base)', () => {
    const before = summaries;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: seeds.length }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (which, mutations, withBase) => {
          const isSplit = which === seeds.length;
          const bytes = mutate(isSplit ? splitSeed : seeds[which]!, mutations);
          readOrBtfError(bytes, isSplit && withBase ? { base } : undefined);
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
    // Sanity: the mutations leave some blobs readable, so the fuzz reaches the type walk.
    expect(summaries - before).toBeGreaterThan(50);
    expect(errors).toBeGreaterThan(50);
  });

  it('split BTF with random base options', () => {
    const baseOptions = fc.record({
      typeCount: fc.oneof(fc.nat(), fc.integer({ min: -5, max: 5 })),
      stringsLength: fc.oneof(fc.nat({ max: 200 }), fc.nat()),
      strings: fc.option(fc.uint8Array({ maxLength: 64 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(baseOptions, (options) => readOrBtfError(splitSeed, { base: options })),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
