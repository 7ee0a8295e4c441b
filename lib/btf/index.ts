/**
 * BTF reader: bytes of /sys/kernel/btf/vmlinux (or a module's split BTF) → enums and functions.
 * Pure and synchronous, no Node APIs: runs in the probe, in tests and in the browser alike.
 */
import { BtfError } from './errors';
import { parseHeader } from './header';
import { BtfStrings, stringSectionOf, type BtfBase } from './strings';
import { summarize, type BtfSummary } from './summary';
import { walkTypes } from './types';

export { BtfError, type BtfErrorCode } from './errors';
export type { BtfBase } from './strings';
export type { BtfSummary } from './summary';

export interface ReadBtfOptions {
  /** For split BTF (a module's): the base (vmlinux) it continues. See readBtfBase. */
  base?: BtfBase;
  /** Collect only these enums (functions are always collected). */
  enumNames?: string[];
  /** `struct.member` names to look for (named structs and unions). */
  members?: readonly string[];
  /** Enumerator names to look for, in every enum. */
  enumerators?: readonly string[];
  /** Collect only these function names (all when undefined): much faster on a kernel's 60k. */
  functions?: readonly string[];
}

export function readBtf(bytes: Uint8Array, options: ReadBtfOptions = {}): BtfSummary {
  const base = checkBase(options.base);
  const layout = parseHeader(bytes);
  const strings = new BtfStrings(bytes, layout.strings, base);
  return summarize(layout, strings, firstTypeId(base), {
    enumNames: options.enumNames ? new Set(options.enumNames) : undefined,
    members: new Set(options.members),
    enumerators: new Set(options.enumerators),
    functions: options.functions ? new Set(options.functions) : undefined,
  });
}

/**
 * What a split blob needs from its base: type count, string length and the string section (a view
 * into `bytes`, not a copy). Walks the types without decoding any name.
 */
export function readBtfBase(bytes: Uint8Array): Required<BtfBase> {
  const layout = parseHeader(bytes);
  new BtfStrings(bytes, layout.strings); // checks the section's framing
  const typeCount = walkTypes(layout, 1, () => {});
  const strings = stringSectionOf(bytes, layout.strings);
  return { typeCount, stringsLength: strings.length, strings };
}

/** The string section of a blob already summarized, for options.base.strings. */
export function btfStringSection(bytes: Uint8Array): Uint8Array {
  return stringSectionOf(bytes, parseHeader(bytes).strings);
}

function firstTypeId(base: BtfBase | undefined): number {
  return base ? base.typeCount + 1 : 1;
}

function checkBase(base: BtfBase | undefined): BtfBase | undefined {
  if (base === undefined) return undefined;
  const isCount = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
  if (!isCount(base.typeCount) || !isCount(base.stringsLength)) {
    throw new BtfError(
      'BAD_OPTIONS',
      `options.base needs non-negative integer typeCount and stringsLength (got ${base.typeCount}, ${base.stringsLength})`,
    );
  }
  if (base.strings !== undefined && !(base.strings instanceof Uint8Array)) {
    throw new BtfError('BAD_OPTIONS', "options.base.strings must be a Uint8Array (the base's string section)");
  }
  return base;
}
