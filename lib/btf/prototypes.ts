/**
 * C prototypes of functions in BTF: a FUNC's FUNC_PROTO with its return and parameter types written
 * out as C (`struct task_struct *bpf_task_acquire(struct task_struct *p)`), for the kfunc pages.
 * Pure, no I/O. Type tags (`__rcu`, `__user` annotations) are left out, as C compilers see them.
 */
import { BtfError } from './errors';
import { parseHeader } from './header';
import { BtfStrings } from './strings';
import { BTF_KIND, BTF_TYPE_HEADER_SIZE, walkTypes } from './types';

/** Deeper than any kernel type chain (pointer to const pointer to typedef …); guards a cycle. */
const MAX_DEPTH = 32;

/** The prototypes of the named functions that the blob has (standalone BTF, such as vmlinux). */
export function readFunctionPrototypes(bytes: Uint8Array, names: readonly string[]): Record<string, string> {
  const layout = parseHeader(bytes);
  const strings = new BtfStrings(bytes, layout.strings);
  const { view, littleEndian: le } = layout;
  const wanted = new Set(names);
  const offsets: number[] = [0]; // type id → offset of its record (id 0 is void)
  const found = new Map<string, number>(); // function name → FUNC type id
  walkTypes(layout, 1, (t) => {
    offsets[t.id] = t.offset;
    if (t.kind === BTF_KIND.FUNC && wanted.size > found.size) {
      const name = strings.name(t.nameOff, t.id, t.offset, 'function name');
      if (wanted.has(name) && !found.has(name)) found.set(name, t.id);
    }
  });

  const info = (id: number) => {
    const at = offsets[id];
    if (at === undefined) throw new BtfError('OUT_OF_RANGE', `type id ${id} is referenced but not defined`, { typeId: id });
    const word = view.getUint32(at + 4, le);
    return {
      at,
      kind: (word >>> 24) & 0x1f,
      vlen: word & 0xffff,
      kindFlag: word >>> 31,
      nameOff: view.getUint32(at, le),
      type: view.getUint32(at + 8, le),
    };
  };
  const nameOf = (id: number) => {
    const t = info(id);
    return t.nameOff === 0 ? '' : strings.name(t.nameOff, id, t.at, 'type name');
  };

  const params = (protoId: number, depth: number): string => {
    const t = info(protoId);
    const list: string[] = [];
    for (let i = 0, at = t.at + BTF_TYPE_HEADER_SIZE; i < t.vlen; i++, at += 8) {
      const nameOff = view.getUint32(at, le);
      const type = view.getUint32(at + 4, le);
      if (type === 0 && nameOff === 0 && i === t.vlen - 1) {
        list.push('...');
        continue;
      }
      const name = nameOff === 0 ? '' : strings.name(nameOff, protoId, at, 'parameter name');
      list.push(declare(type, name, depth + 1));
    }
    return list.length ? list.join(', ') : 'void';
  };

  /** `inner` (a name, maybe with declarator parts around it) declared as type `id`. */
  const declare = (id: number, inner: string, depth: number): string => {
    if (depth > MAX_DEPTH) throw new BtfError('OUT_OF_RANGE', `type id ${id}: type chain deeper than ${MAX_DEPTH}`, { typeId: id });
    const named = (base: string) => (inner ? `${base} ${inner}` : base);
    if (id === 0) return named('void');
    const t = info(id);
    switch (t.kind) {
      case BTF_KIND.INT:
      case BTF_KIND.FLOAT:
      case BTF_KIND.TYPEDEF:
        return named(nameOf(id));
      case BTF_KIND.STRUCT:
        return named(`struct ${nameOf(id)}`);
      case BTF_KIND.UNION:
        return named(`union ${nameOf(id)}`);
      case BTF_KIND.ENUM:
      case BTF_KIND.ENUM64:
        return named(`enum ${nameOf(id)}`);
      case BTF_KIND.FWD:
        return named(`${t.kindFlag ? 'union' : 'struct'} ${nameOf(id)}`);
      case BTF_KIND.PTR: {
        const target = info(t.type === 0 ? 0 : t.type);
        const wrap = t.type !== 0 && (target.kind === BTF_KIND.FUNC_PROTO || target.kind === BTF_KIND.ARRAY);
        return declare(t.type, wrap ? `(*${inner})` : `*${inner}`, depth + 1);
      }
      case BTF_KIND.CONST:
      case BTF_KIND.VOLATILE:
      case BTF_KIND.RESTRICT: {
        const word = t.kind === BTF_KIND.CONST ? 'const' : t.kind === BTF_KIND.VOLATILE ? 'volatile' : 'restrict';
        // A qualified pointer qualifies the declarator (`*const p`); anything else, the type (`const int p`).
        const target = t.type === 0 ? null : info(t.type);
        if (target?.kind === BTF_KIND.PTR) return declare(t.type, `${word} ${inner}`.trim(), depth + 1);
        return `${word} ${declare(t.type, inner, depth + 1)}`;
      }
      case BTF_KIND.TYPE_TAG:
        return declare(t.type, inner, depth + 1);
      case BTF_KIND.ARRAY: {
        const elem = view.getUint32(t.at + BTF_TYPE_HEADER_SIZE, le);
        const count = view.getUint32(t.at + BTF_TYPE_HEADER_SIZE + 8, le);
        return declare(elem, `${inner}[${count}]`, depth + 1);
      }
      case BTF_KIND.FUNC_PROTO:
        return declare(t.type, `${inner}(${params(id, depth)})`, depth + 1);
      default:
        throw new BtfError('OUT_OF_RANGE', `type id ${id} (kind ${t.kind}) cannot be part of a declaration`, { typeId: id });
    }
  };

  const out: Record<string, string> = {};
  for (const [name, funcId] of [...found].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const proto = info(funcId).type;
    if (info(proto).kind !== BTF_KIND.FUNC_PROTO) continue;
    out[name] = declare(proto, name, 0).replace(/\* /g, '*');
  }
  return out;
}
