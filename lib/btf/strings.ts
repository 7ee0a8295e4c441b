/**
 * The string section: NUL-terminated names addressed by byte offset. Only the names a caller asks
 * for are decoded. For split BTF (a kernel module's), offsets below the base's string length point
 * into the base's (vmlinux's) section, and the blob's own section starts at base.stringsLength.
 */
import { BtfError } from './errors';
import type { BtfSection } from './header';

export interface BtfBase {
  /** Number of types in the base (its summary's typeCount); the split blob's first id is this + 1. */
  typeCount: number;
  /** Length of the base's string section; the split blob's own offsets start here. */
  stringsLength: number;
  /** The base's string section (see btfStringSection), needed to resolve names that live in it. */
  strings?: Uint8Array;
}

const utf8 = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export class BtfStrings {
  private readonly bytes: Uint8Array;
  private readonly start: number;
  private readonly length: number;
  private readonly base: BtfBase | undefined;

  /** Split BTF: some names live in the base's string section. */
  get hasBase(): boolean {
    return this.base !== undefined;
  }

  constructor(bytes: Uint8Array, section: BtfSection, base?: BtfBase) {
    this.bytes = bytes;
    this.start = section.start;
    this.length = section.end - section.start;
    this.base = base;
    checkFraming(bytes, section, base !== undefined);
  }

  /**
   * The NUL-terminated name at `nameOff`, read from the name_off field at byte `fieldOffset` of type
   * `typeId`; `what` names that field in error messages. Plain arguments: this runs ~100k times.
   */
  name(nameOff: number, typeId: number, fieldOffset: number, what: string): string {
    let local = nameOff;
    if (this.base) {
      if (nameOff < this.base.stringsLength) return this.baseName(nameOff, typeId, fieldOffset, what);
      local = nameOff - this.base.stringsLength;
    }
    if (local >= this.length) {
      const range = this.base ? `[${this.base.stringsLength}, ${this.base.stringsLength + this.length})` : `of ${this.length} bytes`;
      const hint = this.base ? '' : " (if this is a kernel module's split BTF, pass options.base)";
      throw new BtfError(
        'OUT_OF_RANGE',
        `${where(what, typeId, fieldOffset)}: name offset ${nameOff} is beyond the string section ${range}${hint}`,
        { offset: fieldOffset, typeId },
      );
    }
    const from = this.start + local;
    const end = this.start + this.length;
    const nul = this.bytes.indexOf(0, from);
    if (nul < 0 || nul >= end) {
      // Unreachable when checkFraming passed (the section ends with NUL); kept as a guard.
      throw new BtfError('BAD_STRING', `${where(what, typeId, fieldOffset)}: name at string offset ${nameOff} is not NUL-terminated`, {
        offset: fieldOffset,
        typeId,
      });
    }
    return decode(this.bytes, from, nul);
  }

  /**
   * A test for "is the name at this offset one of `names`?" that decodes only the names that are:
   * the bytes at an offset are hashed in place (FNV-1a, up to the NUL) and only a hash of one of
   * `names` is decoded and compared. Same offset checks and errors as name(). For split BTF (names
   * may live in the base's section) it decodes every name.
   */
  matcher(names: ReadonlySet<string>): (nameOff: number, typeId: number, fieldOffset: number, what: string) => string | null {
    if (this.base || names.size === 0) {
      return names.size === 0
        ? () => null
        : (nameOff, typeId, fieldOffset, what) => {
            const name = this.name(nameOff, typeId, fieldOffset, what);
            return names.has(name) ? name : null;
          };
    }
    const byHash = new Map<number, string[]>();
    for (const name of names) {
      const bytes = utf8Encoder.encode(name);
      let h = FNV_OFFSET;
      for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, FNV_PRIME);
      const list = byHash.get(h >>> 0);
      if (list) list.push(name);
      else byHash.set(h >>> 0, [name]);
    }
    const bytes = this.bytes;
    const start = this.start;
    const length = this.length;
    return (nameOff, typeId, fieldOffset, what) => {
      // Out of range: name() says so, as for any other name.
      if (nameOff >= length) return this.name(nameOff, typeId, fieldOffset, what);
      // The section ends with NUL (checkFraming), so this stops inside it.
      let h = FNV_OFFSET;
      for (let i = start + nameOff, b = bytes[i]!; b !== 0; b = bytes[++i]!) h = Math.imul(h ^ b, FNV_PRIME);
      const candidates = byHash.get(h >>> 0);
      if (candidates === undefined) return null;
      const name = this.name(nameOff, typeId, fieldOffset, what);
      return candidates.includes(name) ? name : null;
    };
  }

  private baseName(nameOff: number, typeId: number, fieldOffset: number, what: string): string {
    const strings = this.base!.strings;
    if (!strings) {
      throw new BtfError(
        'NEEDS_BASE',
        `${where(what, typeId, fieldOffset)}: name offset ${nameOff} points into the base's string section ` +
          `(below ${this.base!.stringsLength}) but options.base.strings was not given`,
        { offset: fieldOffset, typeId },
      );
    }
    if (nameOff >= strings.length) {
      throw new BtfError(
        'OUT_OF_RANGE',
        `${where(what, typeId, fieldOffset)}: name offset ${nameOff} is beyond the base's strings (${strings.length} bytes given)`,
        { offset: fieldOffset, typeId },
      );
    }
    const nul = strings.indexOf(0, nameOff);
    if (nul < 0) {
      throw new BtfError('BAD_STRING', `${where(what, typeId, fieldOffset)}: base name at string offset ${nameOff} is not NUL-terminated`, {
        offset: fieldOffset,
        typeId,
      });
    }
    return decode(strings, nameOff, nul);
  }
}

/**
 * The kernel's rules (btf_parse_str_sec): a non-empty section ends with NUL, so no name can run
 * off its end; a standalone blob's section starts with the empty string at offset 0. A split
 * blob's own section starts with a real name, which is how one read without its base is told apart.
 */
function checkFraming(bytes: Uint8Array, section: BtfSection, split: boolean): void {
  const length = section.end - section.start;
  if (!split) {
    if (length === 0) {
      throw new BtfError('BAD_STRING', 'BTF string section is empty; it must at least hold the empty string at offset 0', {
        offset: section.start,
      });
    }
    if (bytes[section.start] !== 0) {
      throw new BtfError(
        'NEEDS_BASE',
        `BTF string section (byte ${section.start}) does not start with the empty string: ` +
          "this looks like split BTF (a kernel module's); pass options.base (vmlinux) to read it",
        { offset: section.start },
      );
    }
  }
  if (length > 0 && bytes[section.end - 1] !== 0) {
    throw new BtfError(
      'BAD_STRING',
      `BTF string section [${section.start}, ${section.end}) does not end with NUL: its last string is unterminated`,
      { offset: section.end - 1 },
    );
  }
}

function where(what: string, typeId: number, fieldOffset: number): string {
  return `${what} of type id ${typeId} (name_off at byte ${fieldOffset})`;
}

/** One TextDecoder call per name: measured faster in V8 than building ASCII strings byte by byte. */
function decode(bytes: Uint8Array, from: number, to: number): string {
  return from === to ? '' : utf8.decode(bytes.subarray(from, to));
}

/** The string section of a BTF blob, without copying: pass it as options.base.strings for split BTF. */
export function stringSectionOf(bytes: Uint8Array, section: BtfSection): Uint8Array {
  return bytes.subarray(section.start, section.end);
}
