import { describe, expect, it } from 'vitest';
import { BTF_HEADER_LEN, writeBtf } from './btf-writer';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('writeBtf', () => {
  it('writes the smallest blob byte for byte: header, INT "int", strings', () => {
    const blob = writeBtf();
    // prettier-ignore
    expect([...blob]).toEqual([
      0x9f, 0xeb, 1, 0, 24, 0, 0, 0,      // magic, version, flags, hdr_len
      0, 0, 0, 0, 16, 0, 0, 0,            // type_off, type_len
      16, 0, 0, 0, 5, 0, 0, 0,            // str_off, str_len
      1, 0, 0, 0, 0, 0, 0, 1, 4, 0, 0, 0, // name_off 1 ("int"), kind INT, size 4
      32, 0, 0, 1,                        // encoding: signed, 32 bits
      0, 0x69, 0x6e, 0x74, 0,             // "\0int\0"
    ]);
  });

  it('writes big-endian when asked', () => {
    const blob = writeBtf({ byteOrder: 'big' });
    expect([...blob.subarray(0, 8)]).toEqual([0xeb, 0x9f, 1, 0, 0, 0, 0, 24]);
    expect(blob.length).toBe(writeBtf().length);
  });

  it('stores each distinct name once', () => {
    const blob = writeBtf({ enums: { e: ['A', 'B'] }, functions: ['A', 'f', 'f'] });
    const view = new DataView(blob.buffer);
    const strOff = view.getUint32(16, true);
    const strings = text(blob.subarray(BTF_HEADER_LEN + strOff));
    expect(strings).toBe('\0int\0e\0A\0B\0arg\0f\0');
  });

  it('writes split BTF after the base: ids and string offsets continue, base names are reused', () => {
    const base = writeBtf({ functions: ['shared'] });
    const baseView = new DataView(base.buffer);
    const baseStrings = base.subarray(BTF_HEADER_LEN + baseView.getUint32(16, true));
    const split = writeBtf({
      functions: ['shared', 'own'],
      base: { typeCount: 3, stringsLength: baseStrings.length, strings: baseStrings },
    });
    const view = new DataView(split.buffer);
    const strOff = view.getUint32(16, true);
    // Own section holds only the new name, without the leading "".
    expect(text(split.subarray(BTF_HEADER_LEN + strOff))).toBe('own\0');
    // First type (INT "int") reuses the base's "int" at offset 1.
    expect(view.getUint32(BTF_HEADER_LEN, true)).toBe(1);
    // The first FUNC_PROTO returns the split blob's own INT, id 4.
    expect(view.getUint32(BTF_HEADER_LEN + 16 + 8, true)).toBe(4);
  });

  it('rejects what BTF cannot hold', () => {
    expect(() => writeBtf({ functions: ['a\0b'] })).toThrow(/NUL/);
    expect(() => writeBtf({ enums: { big: Array.from({ length: 65536 }, (_, i) => `M${i}`) } })).toThrow(/65535/);
  });
});
