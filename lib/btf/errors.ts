/**
 * The one error type the BTF reader throws. Every malformed input ends in a BtfError with a code a
 * caller can branch on (the probe turns any of them into an "unknown" verdict) and a message that
 * says what is wrong and where.
 */

export type BtfErrorCode =
  /** The first two bytes are not 0xEB9F in either byte order. */
  | 'BAD_MAGIC'
  /** The version byte is not 1. */
  | 'BAD_VERSION'
  /** hdr_len smaller than the 24 bytes every field needs, or flags set. */
  | 'BAD_HEADER'
  /** The input, the header or a type ends before the data it announces. */
  | 'TRUNCATED'
  /** A section lies outside the input or overlaps another; a name offset is past the strings. */
  | 'OUT_OF_RANGE'
  /** The string section is not NUL-framed, or a name has no terminating NUL. */
  | 'BAD_STRING'
  /** Split BTF (a kernel module's) read without the base it refers to. */
  | 'NEEDS_BASE'
  /** A kind this reader does not know: the size of its data, and so everything after it, is unknown. */
  | 'UNKNOWN_KIND'
  /** The options (base) passed to readBtf are not usable. */
  | 'BAD_OPTIONS';

export interface BtfErrorDetails {
  /** Byte offset in the input where the problem was found. */
  offset?: number;
  /** Type id (including the base's ids for split BTF) of the type being read. */
  typeId?: number;
}

export class BtfError extends Error {
  readonly code: BtfErrorCode;
  readonly offset?: number;
  readonly typeId?: number;

  constructor(code: BtfErrorCode, message: string, details: BtfErrorDetails = {}) {
    super(message);
    this.name = 'BtfError';
    this.code = code;
    if (details.offset !== undefined) this.offset = details.offset;
    if (details.typeId !== undefined) this.typeId = details.typeId;
  }
}
