/**
 * What the probe and the catalog need from BTF: named enums with their member names, and the names
 * of FUNC types. Names are decoded only for those, not for the whole string section.
 */
import type { BtfLayout } from './header';
import type { BtfStrings } from './strings';
import { BTF_KIND, BTF_TYPE_HEADER_SIZE, walkTypes, type BtfTypeRecord } from './types';

export interface BtfSummary {
  /** enum name → member names, for named ENUM and ENUM64 types; enums sharing a name are merged. */
  enums: Record<string, string[]>;
  /** Names of FUNC types (kfuncs and every other kernel function in BTF), sorted, unique; only the asked-for ones when a set was given. */
  functions: string[];
  /** Names of FUNC types tagged `bpf_kfunc` (DECL_TAG on the function itself): the kernel's own list of kfuncs, sorted. */
  kfuncs: string[];
  /** How many `bpf_kfunc` decl tags the blob has (0: this kernel does not tag its kfuncs). */
  kfuncTagCount: number;
  /** The asked-for `struct.member` names (of named structs and unions) that exist, sorted. */
  members: string[];
  /** The asked-for enumerators (of any enum, named or anonymous) that exist, sorted. */
  enumerators: string[];
  /** Number of types in this blob (not counting the base's). */
  typeCount: number;
  /** String section length (needed as the base of split BTF). */
  stringsLength: number;
  byteOrder: 'little' | 'big';
}

// Local copies: the visitor below runs for every type (~130k in vmlinux).
const FUNC = BTF_KIND.FUNC;
const ENUM = BTF_KIND.ENUM;
const ENUM64 = BTF_KIND.ENUM64;
const STRUCT = BTF_KIND.STRUCT;
const UNION = BTF_KIND.UNION;
const DECL_TAG = BTF_KIND.DECL_TAG;
const KFUNC_TAG = 'bpf_kfunc';
const STRUCT_MEMBER_SIZE = 12;
const ENUM_MEMBER_SIZE = 8;
const ENUM64_MEMBER_SIZE = 12;

interface EnumEntry {
  members: string[];
  /** Created when a second enum of the same name shows up, to merge without repeats. */
  seen: Set<string> | undefined;
}

export interface SummaryWants {
  /** Collect only these enums (all named enums when undefined). */
  enumNames?: ReadonlySet<string>;
  /** `struct.member` names to look for. */
  members?: ReadonlySet<string>;
  /** Enumerator names to look for in every enum. */
  enumerators?: ReadonlySet<string>;
  /**
   * Function names to look for: only these are decoded (by a hash of their bytes), not the ~60k
   * names of every kernel function. All functions when undefined.
   */
  functions?: ReadonlySet<string>;
}

export function summarize(layout: BtfLayout, strings: BtfStrings, firstId: number, wants: SummaryWants = {}): BtfSummary {
  const { enumNames } = wants;
  const wantedMembers = wants.members ?? new Set<string>();
  const wantedEnumerators = wants.enumerators ?? new Set<string>();
  // Structs are looked at only when one of their members is asked for.
  const wantedStructs = new Set([...wantedMembers].map((m) => m.slice(0, m.indexOf('.'))));
  const members = new Set<string>();
  const enumerators = new Set<string>();
  const { view, littleEndian: le } = layout;
  const enums = new Map<string, EnumEntry>();
  // sortedUnique drops a name found twice (a static function of the same name in two files).
  const functions: string[] = [];
  // Asked-for names are found by a hash of their bytes in place (BtfStrings.matcher): only those
  // are decoded, not the ~60k names of every kernel function nor every struct and enumerator.
  const wantedFunctions = wants.functions;
  const functionMatch = wantedFunctions ? strings.matcher(wantedFunctions) : null;
  const keepFunction = (t: BtfTypeRecord): string | null =>
    functionMatch ? functionMatch(t.nameOff, t.id, t.offset, 'function name') : strings.name(t.nameOff, t.id, t.offset, 'function name');
  const structMatch = strings.matcher(wantedStructs);
  const enumeratorMatch = strings.matcher(wantedEnumerators);
  const enumMatch = enumNames ? strings.matcher(enumNames) : null;
  // For the kfunc tags: each FUNC's name offset by type id, and the ids the tags point at.
  // Typed, by id − firstId (a type is at least 12 bytes): a Map of ~60k entries costs more than the walk.
  const funcNameOffById = new Uint32Array(Math.floor((layout.types.end - layout.types.start) / BTF_TYPE_HEADER_SIZE) + 1);
  const isFunc = new Uint8Array(funcNameOffById.length);
  const kfuncTargets: number[] = [];
  const tagNames = new Map<number, string>();

  const collectEnumerators = (t: BtfTypeRecord, memberSize: number) => {
    let at = t.offset + BTF_TYPE_HEADER_SIZE;
    for (let i = 0; i < t.vlen; i++, at += memberSize) {
      const name = enumeratorMatch(view.getUint32(at, le), t.id, at, 'enum member name');
      if (name !== null) enumerators.add(name);
    }
  };

  const collectMembers = (t: BtfTypeRecord) => {
    if (t.nameOff === 0) return;
    const struct = structMatch(t.nameOff, t.id, t.offset, 'struct name');
    if (struct === null) return;
    let at = t.offset + BTF_TYPE_HEADER_SIZE;
    for (let i = 0; i < t.vlen; i++, at += STRUCT_MEMBER_SIZE) {
      const nameOff = view.getUint32(at, le);
      if (nameOff === 0) continue; // an anonymous struct or union inside
      const qualified = `${struct}.${strings.name(nameOff, t.id, at, 'struct member name')}`;
      if (wantedMembers.has(qualified)) members.add(qualified);
    }
  };

  const collectEnum = (t: BtfTypeRecord, memberSize: number) => {
    if (wantedEnumerators.size > 0) collectEnumerators(t, memberSize);
    if (t.nameOff === 0) return; // anonymous enum: nothing to look it up by
    const name = enumMatch ? enumMatch(t.nameOff, t.id, t.offset, 'enum name') : strings.name(t.nameOff, t.id, t.offset, 'enum name');
    if (name === null) return;
    let entry = enums.get(name);
    if (!entry) {
      entry = { members: [], seen: undefined };
      enums.set(name, entry);
    } else if (!entry.seen) {
      entry.seen = new Set(entry.members);
    }
    let at = t.offset + BTF_TYPE_HEADER_SIZE;
    for (let i = 0; i < t.vlen; i++, at += memberSize) {
      const member = strings.name(view.getUint32(at, le), t.id, at, 'enum member name');
      if (entry.seen) {
        if (entry.seen.has(member)) continue;
        entry.seen.add(member);
      }
      entry.members.push(member);
    }
  };

  const typeCount = walkTypes(layout, firstId, (t) => {
    const kind = t.kind;
    if (kind === FUNC) {
      funcNameOffById[t.id - firstId] = t.nameOff;
      isFunc[t.id - firstId] = 1;
      const name = keepFunction(t);
      if (name !== null) functions.push(name);
    } else if (kind === DECL_TAG) {
      // component_idx -1: the tag is on the function itself, not on one of its arguments.
      if (view.getInt32(t.offset + BTF_TYPE_HEADER_SIZE, le) !== -1) return;
      let tag = tagNames.get(t.nameOff);
      if (tag === undefined) tagNames.set(t.nameOff, (tag = strings.name(t.nameOff, t.id, t.offset, 'decl tag name')));
      if (tag === KFUNC_TAG) kfuncTargets.push(view.getUint32(t.offset + 8, le));
    } else if (kind === ENUM) {
      collectEnum(t, ENUM_MEMBER_SIZE);
    } else if (kind === ENUM64) {
      collectEnum(t, ENUM64_MEMBER_SIZE);
    } else if ((kind === STRUCT || kind === UNION) && wantedStructs.size > 0) {
      collectMembers(t);
    }
  });

  const kfuncs = new Set<string>();
  for (const id of kfuncTargets) {
    const index = id - firstId; // a tag may point anywhere: only this blob's FUNCs count
    if (index >= 0 && index < isFunc.length && isFunc[index] === 1) kfuncs.add(strings.name(funcNameOffById[index]!, id, 0, 'kfunc name'));
  }
  return {
    // Object.fromEntries defines own properties, so an enum called "__proto__" stays an ordinary key.
    enums: Object.fromEntries([...enums].map(([name, entry]) => [name, entry.members])),
    functions: sortedUnique(functions),
    kfuncs: [...kfuncs].sort(),
    kfuncTagCount: kfuncTargets.length,
    members: [...members].sort(),
    enumerators: [...enumerators].sort(),
    typeCount,
    stringsLength: layout.strings.end - layout.strings.start,
    byteOrder: le ? 'little' : 'big',
  };
}

function sortedUnique(names: string[]): string[] {
  names.sort();
  let kept = 0;
  for (let i = 0; i < names.length; i++) {
    if (kept === 0 || names[i] !== names[kept - 1]) names[kept++] = names[i]!;
  }
  names.length = kept;
  return names;
}
