/**
 * The BTF header: magic (which also tells the byte order), version, and where the type and string
 * sections are. Section offsets count from the end of the header (hdr_len), as in
 * include/uapi/linux/btf.h. Only bounds are checked here; the sections' contents are read elsewhere.
 */
import { BtfError } from './errors';

const BTF_MAGIC = 0xeb9f;
const BTF_VERSION = 1;
/** magic u16, version u8, flags u8, hdr_len u32, then four u32: type_off/len, str_off/len. */
const BTF_MIN_HEADER_LEN = 24;

export interface BtfSection {
  /** Absolute byte offset in the input. */
  start: number;
  /** Absolute byte offset one past the section's last byte. */
  end: number;
}

export interface BtfLayout {
  bytes: Uint8Array;
  view: DataView;
  littleEndian: boolean;
  hdrLen: number;
  types: BtfSection;
  strings: BtfSection;
}

export function parseHeader(bytes: Uint8Array): BtfLayout {
  if (!(bytes instanceof Uint8Array)) {
    throw new BtfError('BAD_OPTIONS', 'BTF input must be a Uint8Array');
  }
  if (bytes.length < 2) {
    throw new BtfError('TRUNCATED', `BTF input is ${bytes.length} byte(s) long; the magic alone needs 2`, {
      offset: 0,
    });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint16(0, true);
  let littleEndian: boolean;
  if (magic === BTF_MAGIC) littleEndian = true;
  else if (magic === 0x9feb) littleEndian = false;
  else {
    throw new BtfError(
      'BAD_MAGIC',
      `bad BTF magic bytes ${hex2(bytes[0]!)} ${hex2(bytes[1]!)} at byte 0 (expected 9f eb, or eb 9f for big-endian)`,
      {
        offset: 0,
      },
    );
  }
  if (bytes.length < BTF_MIN_HEADER_LEN) {
    throw new BtfError(
      'TRUNCATED',
      `BTF header truncated: input is ${bytes.length} bytes, the header needs at least ${BTF_MIN_HEADER_LEN}`,
      { offset: bytes.length },
    );
  }
  const version = view.getUint8(2);
  if (version !== BTF_VERSION) {
    throw new BtfError('BAD_VERSION', `unsupported BTF version ${version} at byte 2 (expected ${BTF_VERSION})`, {
      offset: 2,
    });
  }
  const flags = view.getUint8(3);
  if (flags !== 0) {
    // The kernel and libbpf reject any flag: none is defined, and one could change the layout.
    throw new BtfError('BAD_HEADER', `unsupported BTF header flags 0x${flags.toString(16)} at byte 3 (expected 0)`, {
      offset: 3,
    });
  }
  const hdrLen = view.getUint32(4, littleEndian);
  if (hdrLen < BTF_MIN_HEADER_LEN) {
    throw new BtfError('BAD_HEADER', `BTF hdr_len ${hdrLen} at byte 4 is shorter than the ${BTF_MIN_HEADER_LEN} bytes of its fields`, {
      offset: 4,
    });
  }
  if (hdrLen > bytes.length) {
    throw new BtfError('TRUNCATED', `BTF hdr_len ${hdrLen} at byte 4 runs past the end of the input (${bytes.length} bytes)`, {
      offset: 4,
    });
  }
  const types = readSection(view, littleEndian, hdrLen, 8, 'type');
  const strings = readSection(view, littleEndian, hdrLen, 16, 'string');
  const bothNonEmpty = types.end > types.start && strings.end > strings.start;
  if (bothNonEmpty && types.start < strings.end && strings.start < types.end) {
    throw new BtfError(
      'OUT_OF_RANGE',
      `BTF type section [${types.start}, ${types.end}) overlaps string section [${strings.start}, ${strings.end})`,
      { offset: Math.max(types.start, strings.start) },
    );
  }
  return { bytes, view, littleEndian, hdrLen, types, strings };
}

/** Reads an (off, len) pair at `field` and checks it lies between the header's end and the input's. */
function readSection(view: DataView, le: boolean, hdrLen: number, field: number, what: string): BtfSection {
  const off = view.getUint32(field, le);
  const len = view.getUint32(field + 4, le);
  // Plain number arithmetic: two u32 plus hdr_len stay far below 2^53, so nothing wraps.
  const start = hdrLen + off;
  const end = start + len;
  if (end > view.byteLength) {
    throw new BtfError(
      'OUT_OF_RANGE',
      `BTF ${what} section (off ${off}, len ${len} at header byte ${field}) spans bytes [${start}, ${end}) ` +
        `but the input is ${view.byteLength} bytes`,
      { offset: field },
    );
  }
  return { start, end };
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0');
}
