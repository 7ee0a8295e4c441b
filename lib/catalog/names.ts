/**
 * How the catalog spells names, and what follows from a name: the BTF evidence the probe looks
 * for and the docs.ebpf.io page. Pure; shared by the import and the lookups.
 */
import type { BtfEvidence, CatalogKind } from './types';

/** Names in code-unit order: locale-independent, so the output is the same on every machine. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Strips the decoration sources and prose put around a name: backticks, a trailing `()`. */
function undecorate(raw: string): string {
  return raw
    .trim()
    .replace(/^`+|`+$/g, '')
    .replace(/\s*\(\s*\)$/, '')
    .trim();
}

/**
 * `bpf_ima_inode_hash`, `BPF_FUNC_ima_inode_hash`, `` `BPF_FUNC_ima_inode_hash()` `` and
 * `bpf_ima_inode_hash()` all become `bpf_ima_inode_hash`. Returns null for anything that is not
 * a helper name (a bare `ima_inode_hash` included: only the lookup guesses the prefix).
 */
export function normaliseHelperName(raw: string): string | null {
  const name = undecorate(raw);
  if (!IDENTIFIER.test(name)) return null;
  if (name.startsWith('BPF_FUNC_') && name.length > 'BPF_FUNC_'.length) return `bpf_${name.slice('BPF_FUNC_'.length)}`;
  if (name.startsWith('bpf_') && name.length > 'bpf_'.length) return name;
  return null;
}

const ENUM_PREFIX: Partial<Record<CatalogKind, string>> = {
  'program-type': 'BPF_PROG_TYPE_',
  'map-type': 'BPF_MAP_TYPE_',
};

/**
 * The catalog name of a raw name of the given kind, or null when it is not one.
 * Program and map types get their enum prefix when a source leaves it out (`XDP` →
 * `BPF_PROG_TYPE_XDP`); attach types have no common prefix, so they are taken as written.
 */
export function normaliseName(kind: CatalogKind, raw: string): string | null {
  if (kind === 'helper') return normaliseHelperName(raw);
  const name = undecorate(raw);
  if (!IDENTIFIER.test(name)) return null;
  const prefix = ENUM_PREFIX[kind];
  if (prefix) {
    const upper = name.toUpperCase();
    return upper.startsWith(prefix) ? upper : `${prefix}${upper}`;
  }
  return name;
}

export function btfEvidence(kind: CatalogKind, name: string): BtfEvidence {
  switch (kind) {
    case 'helper':
      return { enum: 'bpf_func_id', member: `BPF_FUNC_${name.replace(/^bpf_/, '')}` };
    case 'program-type':
      return { enum: 'bpf_prog_type', member: name };
    case 'map-type':
      return { enum: 'bpf_map_type', member: name };
    case 'attach-type':
      return { enum: 'bpf_attach_type', member: name };
    case 'kfunc':
      return { func: name };
  }
}

const DOCS = 'https://docs.ebpf.io/linux';

export function docsUrl(kind: CatalogKind, name: string): string {
  switch (kind) {
    case 'helper':
      return `${DOCS}/helper-function/${name}/`;
    case 'program-type':
      return `${DOCS}/program-type/${name}/`;
    case 'map-type':
      return `${DOCS}/map-type/${name}/`;
    case 'attach-type':
      // docs.ebpf.io has no page per attach type; they are described with the attach command.
      return `${DOCS}/syscall/BPF_PROG_ATTACH/`;
    case 'kfunc':
      return `${DOCS}/kfuncs/${name}/`;
  }
}

/** A lower-case hex hash of 7–40 digits, or null. */
export function normaliseCommit(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const hash = raw.trim().toLowerCase();
  return /^[0-9a-f]{7,40}$/.test(hash) ? hash : null;
}

/** The hash in a `…/commit/<hash>` link, without any `#diff-…` anchor. */
export function commitFromUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  const m = /\/commit\/([0-9a-fA-F]{7,40})(?:[#?].*)?$/.exec(url.trim());
  return m ? m[1].toLowerCase() : null;
}

export function commitUrl(hash: string | null): string | null {
  return hash ? `https://github.com/torvalds/linux/commit/${hash}` : null;
}
