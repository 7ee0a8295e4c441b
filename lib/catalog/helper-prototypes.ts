/**
 * Helper prototypes from libbpf's bpf_helper_defs.h (generated from the kernel's UAPI by
 * bpf_doc.py): `static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *) 1;`
 * becomes `void *bpf_map_lookup_elem(void *map, const void *key)` with its helper id. Only the
 * declarations are read — never the description comments. Pure.
 */

export interface HelperPrototype {
  name: string;
  /** The helper's number in `enum bpf_func_id`. */
  id: number;
  /** A C declaration: return type, name, parameters. */
  prototype: string;
}

const DECLARATION = /^static\s+([^;(]*?)\(\s*\*\s*(?:const\s+)?(bpf_\w+)\s*\)\s*\(([^;]*?)\)\s*=\s*\(\s*void\s*\*\s*\)\s*(\d+)\s*;/gm;

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

export function parseHelperDefs(header: string): HelperPrototype[] {
  const out: HelperPrototype[] = [];
  for (const m of header.matchAll(DECLARATION)) {
    const ret = squeeze(m[1]!);
    const args = squeeze(m[3]!);
    out.push({ name: m[2]!, id: Number(m[4]), prototype: `${ret}${ret.endsWith('*') ? '' : ' '}${m[2]}(${args})` });
  }
  return out.sort((a, b) => a.id - b.id);
}
