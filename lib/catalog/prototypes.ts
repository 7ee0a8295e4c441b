/** The shapes of data/helper-prototypes.json and data/kfunc-prototypes.json (scripts/import-prototypes.ts). */

export interface HelperPrototypes {
  source: { package: string; version: string | null; file: string; license: string; licenseFile: string; note: string };
  /** helper name → its id in enum bpf_func_id and its C declaration. */
  helpers: Record<string, { id: number; prototype: string }>;
}

export interface KfuncPrototypes {
  source: { btf: string[]; note: string };
  /** kfunc name → its C declaration, the BTF name when it is `<name>_impl`, and which kernel's BTF gave it. */
  kfuncs: Record<string, { prototype: string; btfName?: string; from: string }>;
}

/** What a page shows: the declaration and where it was read. */
export type PrototypeShown =
  | { prototype: string; from: 'helper-defs'; version: string | null }
  | { prototype: string; from: 'host'; btfName?: string }
  | { prototype: string; from: 'shipped'; kernel: string; btfName?: string };
