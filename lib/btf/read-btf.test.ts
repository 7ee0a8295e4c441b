import { describe, expect, it } from 'vitest';
import { writeBtf, type BtfWriterSpec } from '@/test/helpers/btf-writer';
import { BtfError, btfStringSection, readBtf, readBtfBase } from './index';

const spec: BtfWriterSpec = {
  enums: {
    bpf_func_id: ['BPF_FUNC_unspec', 'BPF_FUNC_map_lookup_elem', 'BPF_FUNC_ringbuf_output'],
    bpf_map_type: ['BPF_MAP_TYPE_UNSPEC', 'BPF_MAP_TYPE_HASH', 'BPF_MAP_TYPE_RINGBUF'],
  },
  enums64: { wide: ['W_ONE', 'W_TWO'] },
  functions: ['bpf_task_acquire', 'bpf_cpumask_create', 'bpf_ima_inode_hash'],
  structs: { task_struct: ['pid', 'tgid'] },
};

const expected = {
  enums: {
    bpf_func_id: ['BPF_FUNC_unspec', 'BPF_FUNC_map_lookup_elem', 'BPF_FUNC_ringbuf_output'],
    bpf_map_type: ['BPF_MAP_TYPE_UNSPEC', 'BPF_MAP_TYPE_HASH', 'BPF_MAP_TYPE_RINGBUF'],
    wide: ['W_ONE', 'W_TWO'],
  },
  functions: ['bpf_cpumask_create', 'bpf_ima_inode_hash', 'bpf_task_acquire'],
  members: [],
  enumerators: [],
  kfuncs: [],
  kfuncTagCount: 0,
  // INT + 1 struct + 2 enums + 1 enum64 + (FUNC_PROTO + FUNC) × 3
  typeCount: 1 + 1 + 2 + 1 + 6,
};

describe('readBtf round trip', () => {
  it.each(['little', 'big'] as const)('reads back a %s-endian blob', (byteOrder) => {
    const blob = writeBtf({ ...spec, byteOrder });
    const summary = readBtf(blob);
    expect(summary).toEqual({ ...expected, byteOrder, stringsLength: btfStringSection(blob).length });
  });

  it('reads a blob that sits at an odd offset inside a larger buffer', () => {
    const blob = writeBtf(spec);
    const buffer = new Uint8Array(blob.length + 7);
    buffer.set(blob, 3);
    expect(readBtf(buffer.subarray(3, 3 + blob.length))).toEqual(readBtf(blob));
  });

  it('reads an empty blob (only the INT)', () => {
    expect(readBtf(writeBtf())).toEqual({
      enums: {},
      functions: [],
      kfuncs: [],
      kfuncTagCount: 0,
      members: [],
      enumerators: [],
      typeCount: 1,
      stringsLength: 5,
      byteOrder: 'little',
    });
  });

  it('reads the kernel’s own kfunc list: FUNCs with a bpf_kfunc decl tag', () => {
    const blob = writeBtf({ ...spec, kfuncTags: ['bpf_task_acquire', 'bpf_cpumask_create'] });
    const summary = readBtf(blob);
    expect(summary.kfuncs).toEqual(['bpf_cpumask_create', 'bpf_task_acquire']);
    expect(summary.kfuncTagCount).toBe(2);
    expect(summary.typeCount).toBe(expected.typeCount + 2);
    expect(readBtf(writeBtf({ ...spec, kfuncTags: ['bpf_task_acquire'], byteOrder: 'big' })).kfuncs).toEqual(['bpf_task_acquire']);
  });

  it('decodes only the asked-for function names when given a set', () => {
    const summary = readBtf(writeBtf(spec), { functions: ['bpf_task_acquire', 'bpf_no_such', 'bpf_ima_inode_hash'] });
    expect(summary.functions).toEqual(['bpf_ima_inode_hash', 'bpf_task_acquire']);
    expect(readBtf(writeBtf(spec), { functions: [] }).functions).toEqual([]);
  });

  it('tells apart names whose bytes hash alike (FNV-1a of "f55zx" and "fgpcd" collide)', () => {
    const blob = writeBtf({ functions: ['fgpcd'], structs: { fgpcd: ['x'] }, enums: { e: ['fgpcd'] } });
    const summary = readBtf(blob, { functions: ['f55zx'], members: ['f55zx.x'], enumerators: ['f55zx'] });
    expect(summary).toMatchObject({ functions: [], members: [], enumerators: [] });
    const found = readBtf(blob, { functions: ['f55zx', 'fgpcd'], members: ['fgpcd.x'], enumerators: ['fgpcd'] });
    expect(found).toMatchObject({ functions: ['fgpcd'], members: ['fgpcd.x'], enumerators: ['fgpcd'] });
  });

  it('finds the asked-for struct members and enumerators, and only those', () => {
    const summary = readBtf(writeBtf(spec), {
      members: ['task_struct.tgid', 'task_struct.comm', 'mm_struct.pgd'],
      enumerators: ['W_TWO', 'BPF_MAP_TYPE_RINGBUF', 'NO_SUCH'],
    });
    expect(summary.members).toEqual(['task_struct.tgid']);
    expect(summary.enumerators).toEqual(['BPF_MAP_TYPE_RINGBUF', 'W_TWO']);
  });

  it('collects only the requested enums, and always the functions', () => {
    const summary = readBtf(writeBtf(spec), { enumNames: ['bpf_map_type', 'absent'] });
    expect(summary.enums).toEqual({ bpf_map_type: expected.enums.bpf_map_type });
    expect(summary.functions).toEqual(expected.functions);
  });

  it('merges enums that share a name, without repeating members', () => {
    const summary = readBtf(writeBtf({ enums: { e: ['A', 'B'] }, enums64: { e: ['B', 'C'] } }));
    expect(summary.enums).toEqual({ e: ['A', 'B', 'C'] });
  });

  it('skips anonymous enums and keeps empty ones', () => {
    const summary = readBtf(writeBtf({ enums: { '': ['ANON_A'], fwd_only: [] } }));
    expect(summary.enums).toEqual({ fwd_only: [] });
  });

  it('keeps an enum called __proto__ as an ordinary key', () => {
    const summary = readBtf(writeBtf({ enums: { ['__proto__']: ['X'] } }));
    expect(Object.getPrototypeOf(summary.enums)).toBe(Object.prototype);
    expect(Object.hasOwn(summary.enums, '__proto__')).toBe(true);
    expect(summary.enums['__proto__']).toEqual(['X']);
  });

  it('lists each function once, sorted, even when a name is stored twice', () => {
    const blob = writeBtf({ functions: ['zz', 'aa', 'ab'] });
    // Turn the stored "ab" into a second "aa": two string offsets, one name.
    const strings = btfStringSection(blob);
    const at = new TextDecoder().decode(strings).indexOf('\0ab\0') + 2;
    strings[at] = 'a'.charCodeAt(0);
    expect(readBtf(blob).functions).toEqual(['aa', 'zz']);
  });
});

describe('readBtf on split BTF', () => {
  const vmlinux = writeBtf({
    enums: { bpf_func_id: ['BPF_FUNC_unspec', 'BPF_FUNC_map_lookup_elem'] },
    functions: ['vfs_read', 'shared_helper'],
  });
  const base = readBtfBase(vmlinux);
  const moduleSpec: BtfWriterSpec = {
    enums: { mod_state: ['MOD_LIVE', 'BPF_FUNC_unspec'] }, // second member's name lives in the base
    functions: ['mod_init', 'shared_helper'],
  };

  it('continues the base: names resolve from either section, ids and counts are its own', () => {
    expect(base).toMatchObject({ typeCount: 1 + 1 + 4, stringsLength: btfStringSection(vmlinux).length });
    const moduleBlob = writeBtf({ ...moduleSpec, base });
    const summary = readBtf(moduleBlob, { base });
    expect(summary.enums).toEqual({ mod_state: ['MOD_LIVE', 'BPF_FUNC_unspec'] });
    expect(summary.functions).toEqual(['mod_init', 'shared_helper']);
    expect(summary.typeCount).toBe(1 + 1 + 4);
    expect(summary.stringsLength).toBe(btfStringSection(moduleBlob).length);
  });

  it('reads big-endian split BTF', () => {
    const beBase = readBtfBase(writeBtf({ functions: ['shared_helper'], byteOrder: 'big' }));
    const moduleBlob = writeBtf({ ...moduleSpec, base: beBase, byteOrder: 'big' });
    expect(readBtf(moduleBlob, { base: beBase }).functions).toEqual(['mod_init', 'shared_helper']);
  });

  it('accepts the base as a summary plus its string section', () => {
    const summary = readBtf(vmlinux);
    const moduleBlob = writeBtf({ ...moduleSpec, base });
    const viaSummary = { typeCount: summary.typeCount, stringsLength: summary.stringsLength, strings: btfStringSection(vmlinux) };
    expect(readBtf(moduleBlob, { base: viaSummary })).toEqual(readBtf(moduleBlob, { base }));
  });

  it('names the missing base instead of returning garbage', () => {
    const moduleBlob = writeBtf({ ...moduleSpec, base });
    expect(() => readBtf(moduleBlob)).toThrow(
      expect.objectContaining({ code: 'NEEDS_BASE', message: expect.stringMatching(/split BTF.*options\.base/) }),
    );
  });

  it('needs the base strings only for names that live there', () => {
    const moduleBlob = writeBtf({ ...moduleSpec, base });
    const countsOnly = { typeCount: base.typeCount, stringsLength: base.stringsLength };
    expect(() => readBtf(moduleBlob, { base: countsOnly })).toThrow(
      expect.objectContaining({ code: 'NEEDS_BASE', message: expect.stringMatching(/base's string section.*strings was not given/) }),
    );
    const ownNamesOnly = writeBtf({ functions: ['mod_only'], base: countsOnly });
    expect(readBtf(ownNamesOnly, { base: countsOnly }).functions).toEqual(['mod_only']);
  });

  it('rejects unusable base options', () => {
    const moduleBlob = writeBtf({ ...moduleSpec, base });
    for (const bad of [
      { typeCount: -1, stringsLength: 0 },
      { typeCount: 1.5, stringsLength: 0 },
      { typeCount: 1, stringsLength: Number.NaN },
      { typeCount: 1, stringsLength: 1, strings: 'abc' as unknown as Uint8Array },
    ]) {
      expect(() => readBtf(moduleBlob, { base: bad })).toThrow(BtfError);
    }
  });
});

describe('lib/btf stays browser-safe', () => {
  it('uses no Node APIs', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('./', import.meta.url);
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThan(3);
    for (const file of sources) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      expect(source, file).not.toMatch(/from ['"](node:|fs|path)|\bBuffer\b|\brequire\(/);
    }
  });
});
