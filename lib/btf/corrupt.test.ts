import { describe, expect, it } from 'vitest';
import { writeBtf } from '@/test/helpers/btf-writer';
import { BtfError, readBtf, type BtfErrorCode } from './index';
import { parseHeader } from './header';
import { walkTypes } from './types';

/**
 * A small valid blob: INT (id 1), ENUM e (id 2), FUNC_PROTO (id 3), FUNC f (id 4).
 * Header fields: 4 hdr_len, 8 type_off, 12 type_len, 16 str_off, 20 str_len.
 */
function validBlob(byteOrder: 'little' | 'big' = 'little'): Uint8Array {
  return writeBtf({ enums: { e: ['A', 'B'] }, functions: ['f'], byteOrder });
}

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const getU32 = (b: Uint8Array, at: number) => view(b).getUint32(at, true);
function setU32(b: Uint8Array, at: number, value: number): Uint8Array {
  view(b).setUint32(at, value >>> 0, true);
  return b;
}

/** Byte offset of each type record, by id. */
function typeOffsets(blob: Uint8Array): Map<number, number> {
  const offsets = new Map<number, number>();
  walkTypes(parseHeader(blob), 1, (t) => offsets.set(t.id, t.offset));
  return offsets;
}

function expectBtfError(run: () => unknown, code: BtfErrorCode, message: RegExp): BtfError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected a BtfError').toBeInstanceOf(BtfError);
  const error = caught as BtfError;
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
  return error;
}

describe('readBtf rejects corrupt input with a code and a message that says where', () => {
  it('empty input', () => {
    expectBtfError(() => readBtf(new Uint8Array(0)), 'TRUNCATED', /0 byte\(s\) long/);
  });

  it('bad magic', () => {
    const blob = validBlob();
    blob[0] = 0x7f;
    expectBtfError(() => readBtf(blob), 'BAD_MAGIC', /bad BTF magic bytes 7f eb at byte 0/);
    expectBtfError(() => readBtf(new TextEncoder().encode('\x7fELF not BTF at all, longer than a header')), 'BAD_MAGIC', /magic/);
  });

  it.each(['little', 'big'] as const)('header shorter than 24 bytes (%s-endian magic)', (order) => {
    expectBtfError(() => readBtf(validBlob(order).subarray(0, 20)), 'TRUNCATED', /header truncated: input is 20 bytes/);
  });

  it('wrong version', () => {
    const blob = validBlob();
    blob[2] = 2;
    expectBtfError(() => readBtf(blob), 'BAD_VERSION', /version 2 at byte 2/);
  });

  it('unknown header flags', () => {
    const blob = validBlob();
    blob[3] = 1;
    expectBtfError(() => readBtf(blob), 'BAD_HEADER', /flags 0x1 at byte 3/);
  });

  it('hdr_len shorter than the header fields', () => {
    expectBtfError(() => readBtf(setU32(validBlob(), 4, 16)), 'BAD_HEADER', /hdr_len 16 at byte 4 is shorter/);
  });

  it('hdr_len beyond the input', () => {
    const blob = validBlob();
    expectBtfError(() => readBtf(setU32(blob, 4, blob.length + 1)), 'TRUNCATED', /hdr_len \d+ at byte 4 runs past the end/);
  });

  it('hdr_len grown into the sections pushes them past the input', () => {
    expectBtfError(() => readBtf(setU32(validBlob(), 4, 40)), 'OUT_OF_RANGE', /section .* but the input is \d+ bytes/);
  });

  it('type section beyond the input', () => {
    expectBtfError(
      () => readBtf(setU32(validBlob(), 12, 0xffffffff)),
      'OUT_OF_RANGE',
      /type section \(off 0, len 4294967295 at header byte 8\)/,
    );
  });

  it('string section beyond the input', () => {
    const blob = validBlob();
    expectBtfError(() => readBtf(setU32(blob, 16, getU32(blob, 16) + 1)), 'OUT_OF_RANGE', /string section .* at header byte 16/);
  });

  it('string section overlapping the type section', () => {
    expectBtfError(
      () => readBtf(setU32(validBlob(), 16, 8)),
      'OUT_OF_RANGE',
      /type section \[24, \d+\) overlaps string section \[32, \d+\)/,
    );
  });

  it('truncated type data: a record cut short', () => {
    const blob = validBlob();
    // Shrink the type section by 3 bytes: the last type (the FUNC, id 4) keeps only 9 of its 12.
    expectBtfError(() => readBtf(setU32(blob, 12, getU32(blob, 12) - 3)), 'TRUNCATED', /type id 4 at byte \d+: only 9 byte\(s\) left/);
  });

  it('truncated type data: the input ends inside the type section', () => {
    const blob = validBlob();
    // Strings first, types last, then cut the input: the type section no longer fits.
    const typeLen = getU32(blob, 12);
    const strLen = getU32(blob, 20);
    const swapped = new Uint8Array(blob.length);
    swapped.set(blob.subarray(0, 24));
    swapped.set(blob.subarray(24 + typeLen), 24);
    swapped.set(blob.subarray(24, 24 + typeLen), 24 + strLen);
    setU32(swapped, 8, strLen);
    setU32(swapped, 16, 0);
    expect(readBtf(swapped).functions).toEqual(['f']); // sections in the other order are fine
    expectBtfError(() => readBtf(swapped.subarray(0, swapped.length - 2)), 'OUT_OF_RANGE', /type section/);
  });

  it('vlen that would run past the type section', () => {
    const blob = validBlob();
    const enumAt = typeOffsets(blob).get(2)!;
    setU32(blob, enumAt + 4, (6 << 24) | 0xffff);
    const error = expectBtfError(() => readBtf(blob), 'TRUNCATED', /type id 2 \(ENUM, vlen 65535\) at byte 40 needs 524292 bytes/);
    expect(error).toMatchObject({ typeId: 2, offset: 40 });
  });

  it('name offset beyond the string section', () => {
    const blob = validBlob();
    const funcAt = typeOffsets(blob).get(4)!;
    setU32(blob, funcAt, 0x100000);
    expectBtfError(() => readBtf(blob), 'OUT_OF_RANGE', /function name of type id 4 .*name offset 1048576 is beyond the string section/);
  });

  it('enum member name offset beyond the string section', () => {
    const blob = validBlob();
    const enumAt = typeOffsets(blob).get(2)!;
    setU32(blob, enumAt + 12 + 8, 0xfffff); // second member's name_off
    const error = expectBtfError(() => readBtf(blob), 'OUT_OF_RANGE', /enum member name of type id 2 \(name_off at byte 60\)/);
    expect(error.offset).toBe(enumAt + 20);
  });

  it('unterminated string at the end of the string section', () => {
    const blob = validBlob();
    blob[blob.length - 1] = 0x41;
    expectBtfError(() => readBtf(blob), 'BAD_STRING', /does not end with NUL: its last string is unterminated/);
  });

  it('empty string section', () => {
    const blob = validBlob();
    expectBtfError(() => readBtf(setU32(blob, 20, 0)), 'BAD_STRING', /string section is empty/);
  });

  it.each([
    [20, 'a newer kernel'],
    [0, 'BTF_KIND_UNKN'],
    [31, 'the largest kind'],
  ])('unknown kind %i (%s) names the kind and the type id', (kind) => {
    const blob = validBlob();
    setU32(blob, typeOffsets(blob).get(3)!, 0);
    setU32(blob, typeOffsets(blob).get(3)! + 4, kind << 24);
    const error = expectBtfError(() => readBtf(blob), 'UNKNOWN_KIND', new RegExp(`type id 3 at byte \\d+ has unknown BTF kind ${kind}`));
    expect(error.typeId).toBe(3);
  });

  it('reports errors in big-endian blobs too', () => {
    const blob = validBlob('big');
    blob[blob.length - 1] = 0x41;
    expectBtfError(() => readBtf(blob), 'BAD_STRING', /unterminated/);
  });
});
