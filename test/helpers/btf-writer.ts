/**
 * Writes small, valid BTF blobs for tests and fake host fixture trees (e.g. the /sys/kernel/btf/vmlinux
 * of a fake 4.18 RHEL kernel whose enum bpf_func_id carries backported ring buffer helpers).
 *
 *   writeBtf({ enums: { bpf_func_id: ['BPF_FUNC_unspec', 'BPF_FUNC_ringbuf_output'] },
 *              functions: ['bpf_task_acquire'] })
 *
 * Layout, in this order (ids from 1, or base.typeCount + 1 for split BTF):
 *   1. INT "int" (4 bytes, signed)
 *   2. one STRUCT per `structs` entry, every member an int
 *   3. one ENUM per `enums` entry, then one ENUM64 per `enums64` entry; member i has value i
 *      (the name "" writes an anonymous enum, name_off 0, as the kernel's enum of BTF kinds is)
 *   4. per function: FUNC_PROTO (int (int arg)) then FUNC (global linkage) pointing at it
 *   5. per kfuncTags name: DECL_TAG "bpf_kfunc" on that FUNC (component_idx -1)
 * then the string section: "" at offset 0 (standalone BTF only) and each distinct name once.
 */

export interface BtfWriterSpec {
  /** enum name → member names (ENUM, 4 bytes, values 0, 1, 2, …). The name "" is an anonymous enum. */
  enums?: Record<string, string[]>;
  /** enum name → member names, written as ENUM64 (8 bytes); "" is anonymous here too. */
  enums64?: Record<string, string[]>;
  /** FUNC names (kfuncs, kernel functions). */
  functions?: string[];
  /** Of `functions`, those to tag as kfuncs: a DECL_TAG "bpf_kfunc" (component_idx -1) after all functions. */
  kfuncTags?: string[];
  /** struct name → member names, each an int at consecutive 4-byte offsets. */
  structs?: Record<string, string[]>;
  byteOrder?: 'little' | 'big';
  /**
   * Write split BTF (a module's) continuing this base: ids start at typeCount + 1 and string offsets
   * at stringsLength. With the base's string section, names the base already holds point into it,
   * as pahole's deduplication does for real modules.
   */
  base?: { typeCount: number; stringsLength: number; strings?: Uint8Array };
}

export const BTF_HEADER_LEN = 24;
const KIND = { INT: 1, STRUCT: 4, ENUM: 6, FUNC: 12, FUNC_PROTO: 13, DECL_TAG: 17, ENUM64: 19 } as const;
const BTF_INT_SIGNED = 1;
const LINKAGE_GLOBAL = 1;

export function writeBtf(spec: BtfWriterSpec = {}): Uint8Array {
  const strings = new StringTable(spec.base);
  const types = new ByteWriter(spec.byteOrder !== 'big');
  let nextId = (spec.base?.typeCount ?? 0) + 1;
  const info = (kind: number, vlen: number) => ((kind << 24) | vlen) >>> 0;
  const typeHeader = (name: string, kind: number, vlen: number, sizeOrType: number) => {
    types.u32(strings.add(name));
    types.u32(info(kind, vlen));
    types.u32(sizeOrType);
    return nextId++;
  };

  const intId = typeHeader('int', KIND.INT, 0, 4);
  types.u32((BTF_INT_SIGNED << 24) | 32); // encoding, bit offset 0, 32 bits

  for (const [name, members] of Object.entries(spec.structs ?? {})) {
    typeHeader(name, KIND.STRUCT, checkVlen(members.length, name), 4 * members.length);
    members.forEach((member, i) => {
      types.u32(strings.add(member));
      types.u32(intId);
      types.u32(32 * i); // bit offset
    });
  }
  // An enum named "" gets name_off 0 (strings.add('') is offset 0, the empty string, in standalone
  // and split BTF alike): anonymous, as BTF has it. Only its members' names go into the strings.
  for (const [name, members] of Object.entries(spec.enums ?? {})) {
    typeHeader(name, KIND.ENUM, checkVlen(members.length, name), 4);
    members.forEach((member, i) => {
      types.u32(strings.add(member));
      types.u32(i);
    });
  }
  for (const [name, members] of Object.entries(spec.enums64 ?? {})) {
    typeHeader(name, KIND.ENUM64, checkVlen(members.length, name), 8);
    members.forEach((member, i) => {
      types.u32(strings.add(member));
      types.u32(i); // val_lo32
      types.u32(0); // val_hi32
    });
  }
  const funcIds = new Map<string, number>();
  for (const name of spec.functions ?? []) {
    const protoId = typeHeader('', KIND.FUNC_PROTO, 1, intId);
    types.u32(strings.add('arg'));
    types.u32(intId);
    funcIds.set(name, typeHeader(name, KIND.FUNC, LINKAGE_GLOBAL, protoId));
  }
  for (const name of spec.kfuncTags ?? []) {
    const target = funcIds.get(name);
    if (target === undefined) throw new Error(`writeBtf: kfuncTags names ${name}, which is not in functions`);
    typeHeader('bpf_kfunc', KIND.DECL_TAG, 0, target);
    types.u32(0xffffffff); // component_idx -1: the function itself
  }

  const typeBytes = types.bytes();
  const stringBytes = strings.bytes();
  const out = new ByteWriter(spec.byteOrder !== 'big');
  out.u16(0xeb9f);
  out.u8(1); // version
  out.u8(0); // flags
  out.u32(BTF_HEADER_LEN);
  out.u32(0); // type_off
  out.u32(typeBytes.length);
  out.u32(typeBytes.length); // str_off
  out.u32(stringBytes.length);
  out.raw(typeBytes);
  out.raw(stringBytes);
  return out.bytes();
}

function checkVlen(n: number, name: string): number {
  if (n > 0xffff) throw new Error(`writeBtf: ${name || 'an anonymous type'} has ${n} members, BTF allows at most 65535`);
  return n;
}

class StringTable {
  private readonly chunks: Uint8Array[] = [];
  private readonly offsets = new Map<string, number>();
  private length = 0;
  private readonly start: number;
  private readonly baseOffsets: Map<string, number> | undefined;
  private readonly encoder = new TextEncoder();

  constructor(base?: BtfWriterSpec['base']) {
    this.start = base?.stringsLength ?? 0;
    this.baseOffsets = base?.strings ? indexStrings(base.strings) : undefined;
    // Standalone BTF starts with "" at offset 0; split BTF's "" is the base's offset 0.
    if (!base) this.push('');
    else this.offsets.set('', 0);
  }

  add(name: string): number {
    const known = this.offsets.get(name) ?? this.baseOffsets?.get(name);
    return known ?? this.push(name);
  }

  private push(name: string): number {
    const encoded = this.encoder.encode(name);
    if (encoded.includes(0)) throw new Error(`writeBtf: name ${JSON.stringify(name)} contains NUL`);
    const offset = this.start + this.length;
    this.chunks.push(encoded, new Uint8Array(1));
    this.length += encoded.length + 1;
    this.offsets.set(name, offset);
    return offset;
  }

  bytes(): Uint8Array {
    return concat(this.chunks, this.length);
  }
}

/** name → offset of its first occurrence in a string section. */
function indexStrings(section: Uint8Array): Map<string, number> {
  const decoder = new TextDecoder();
  const index = new Map<string, number>();
  let from = 0;
  while (from < section.length) {
    let nul = section.indexOf(0, from);
    if (nul < 0) nul = section.length;
    const name = decoder.decode(section.subarray(from, nul));
    if (!index.has(name)) index.set(name, from);
    from = nul + 1;
  }
  return index;
}

class ByteWriter {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;
  constructor(private readonly littleEndian: boolean) {}

  u8(value: number): void {
    this.raw(Uint8Array.of(value));
  }
  u16(value: number): void {
    const b = new Uint8Array(2);
    new DataView(b.buffer).setUint16(0, value, this.littleEndian);
    this.raw(b);
  }
  u32(value: number): void {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, value >>> 0, this.littleEndian);
    this.raw(b);
  }
  raw(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.length += bytes.length;
  }
  bytes(): Uint8Array {
    return concat(this.chunks, this.length);
  }
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
