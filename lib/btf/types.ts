/**
 * Walks the type section: 12-byte records (name_off, info, size_or_type) each followed by data
 * whose size depends on the kind and vlen. The walk is bounded by the section's bytes, never by a
 * count field, and stops at the first record it cannot size.
 */
import { BtfError } from './errors';
import type { BtfLayout } from './header';

export const BTF_KIND = {
  INT: 1,
  PTR: 2,
  ARRAY: 3,
  STRUCT: 4,
  UNION: 5,
  ENUM: 6,
  FWD: 7,
  TYPEDEF: 8,
  VOLATILE: 9,
  CONST: 10,
  RESTRICT: 11,
  FUNC: 12,
  FUNC_PROTO: 13,
  VAR: 14,
  DATASEC: 15,
  FLOAT: 16,
  DECL_TAG: 17,
  TYPE_TAG: 18,
  ENUM64: 19,
} as const;

export const BTF_TYPE_HEADER_SIZE = 12;

/** Bytes of kind-specific data after the 12-byte record; -1 for a kind this reader does not know. */
function typeDataSize(kind: number, vlen: number): number {
  switch (kind) {
    case BTF_KIND.INT:
    case BTF_KIND.VAR:
    case BTF_KIND.DECL_TAG:
      return 4;
    case BTF_KIND.ARRAY:
      return 12;
    case BTF_KIND.STRUCT:
    case BTF_KIND.UNION:
    case BTF_KIND.DATASEC:
    case BTF_KIND.ENUM64:
      return 12 * vlen;
    case BTF_KIND.ENUM:
    case BTF_KIND.FUNC_PROTO:
      return 8 * vlen;
    case BTF_KIND.PTR:
    case BTF_KIND.FWD:
    case BTF_KIND.TYPEDEF:
    case BTF_KIND.VOLATILE:
    case BTF_KIND.CONST:
    case BTF_KIND.RESTRICT:
    case BTF_KIND.FUNC:
    case BTF_KIND.FLOAT:
    case BTF_KIND.TYPE_TAG:
      return 0;
    default:
      return -1;
  }
}

const KIND_NAMES: Record<number, string> = Object.fromEntries(Object.entries(BTF_KIND).map(([name, kind]) => [kind, name]));

function kindName(kind: number): string {
  return KIND_NAMES[kind] ?? `kind ${kind}`;
}

/** One type record; `offset` is the absolute byte offset of its 12-byte record in the input. */
export interface BtfTypeRecord {
  id: number;
  kind: number;
  vlen: number;
  nameOff: number;
  offset: number;
}

/**
 * Calls `visit` for each type in order, with ids from `firstId` (1, or base.typeCount + 1 for split
 * BTF). The record object is reused between calls: copy what you keep. Returns the number of types.
 */
export function walkTypes(layout: BtfLayout, firstId: number, visit: (type: BtfTypeRecord) => void): number {
  const { view, littleEndian: le } = layout;
  const { start, end } = layout.types;
  const record: BtfTypeRecord = { id: firstId, kind: 0, vlen: 0, nameOff: 0, offset: start };
  let pos = start;
  let id = firstId;
  while (pos < end) {
    if (end - pos < BTF_TYPE_HEADER_SIZE) {
      throw new BtfError(
        'TRUNCATED',
        `type id ${id} at byte ${pos}: only ${end - pos} byte(s) left in the type section, a type needs ${BTF_TYPE_HEADER_SIZE}`,
        { offset: pos, typeId: id },
      );
    }
    const info = view.getUint32(pos + 4, le);
    const kind = (info >>> 24) & 0x1f;
    const vlen = info & 0xffff;
    const dataSize = typeDataSize(kind, vlen);
    if (dataSize < 0) {
      throw new BtfError(
        'UNKNOWN_KIND',
        `type id ${id} at byte ${pos} has unknown BTF kind ${kind}: the blob is newer than this reader or corrupt, ` +
          'and nothing after it can be read',
        { offset: pos, typeId: id },
      );
    }
    const next = pos + BTF_TYPE_HEADER_SIZE + dataSize;
    if (next > end) {
      throw new BtfError(
        'TRUNCATED',
        `type id ${id} (${kindName(kind)}, vlen ${vlen}) at byte ${pos} needs ${BTF_TYPE_HEADER_SIZE + dataSize} bytes ` +
          `but runs past the end of the type section at byte ${end}`,
        { offset: pos, typeId: id },
      );
    }
    record.id = id;
    record.kind = kind;
    record.vlen = vlen;
    record.nameOff = view.getUint32(pos, le);
    record.offset = pos;
    visit(record);
    pos = next;
    id++;
  }
  return id - firstId;
}
