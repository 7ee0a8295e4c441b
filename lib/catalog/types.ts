/** The fact catalog (data/catalog.json), produced by scripts/import-catalog.ts. */

export const CATALOG_KINDS = ['helper', 'program-type', 'map-type', 'attach-type', 'kfunc'] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

/** One source's claim about an entry. */
export interface CatalogSourceClaim {
  source: 'ebpf-docs' | 'bcc';
  /** `X.Y` as the source gives it (without the `v`). */
  kernel: string;
  /** Full or abbreviated commit hash, null when the source gives none. */
  commit: string | null;
  /** The source's own spelling, only when it differs from the entry's name (e.g. a typo fixed on import). */
  name?: string;
}

/**
 * Config options a program or map type needs to be built in (data/config-gates.yaml, from the
 * #ifdef blocks of include/linux/bpf_types.h): all of `options` must be set. A type with several
 * variants moved between blocks; `since` / `before` (X.Y) say which kernels each applies to.
 */
export interface ConfigGate {
  options: string[];
  since?: string;
  before?: string;
}

/** A neighbour in the kernel's order of helper ids. */
export interface OrderNeighbour {
  name: string;
  id: number;
  kernel: string;
}

/**
 * Which source's version was kept where the sources disagree or one is out of the kernel's order
 * (helpers: ids in enum bpf_func_id follow the merge order), and why: `order` when only that claim
 * fits between the neighbouring ids' versions, `precedence` when both fit (ebpf-docs first).
 */
export interface VersionSettlement {
  kept: CatalogSourceClaim['source'];
  rule: 'order' | 'precedence';
  id: number;
  previous?: OrderNeighbour;
  next?: OrderNeighbour;
}

/** How the host probe finds this entry in kernel BTF. */
export type BtfEvidence = { enum: 'bpf_func_id' | 'bpf_prog_type' | 'bpf_map_type' | 'bpf_attach_type'; member: string } | { func: string };

export interface CatalogEntry {
  kind: CatalogKind;
  /** helper: `bpf_ima_inode_hash`; program/map/attach type: the enum name `BPF_MAP_TYPE_RINGBUF`; kfunc: `bpf_task_acquire`. */
  name: string;
  /** `X.Y`: the kernel that introduced it (ebpf-docs first, else bcc). */
  kernel: string;
  /** Full commit hash when known (ebpf-docs gives full hashes; bcc abbreviated ones). */
  commit: string | null;
  commitUrl: string | null;
  /** Every source that lists it, with what it says. */
  sources: CatalogSourceClaim[];
  /** Set when the sources disagree: says on what, in words (e.g. "kernel: ebpf-docs 5.11, bcc 5.10"). */
  disagreement: string | null;
  /** Helpers whose sources disagree or are out of the kernel's order: the claim kept and why. */
  versionOrder?: VersionSettlement;
  btf: BtfEvidence;
  /** helper: program types that may call it; kfunc: program types it is registered for. */
  programTypes: string[];
  /** Program and map types: the config options that build the type (see ConfigGate); absent when none is needed. */
  configGate?: ConfigGate[];
  /** kfunc only: the kfunc flags (KF_ACQUIRE, …). */
  flags?: string[];
  /** docs.ebpf.io page. */
  docsUrl: string;
}

/** One file the catalog was built from. Several files can come from the same dataset (`name`). */
export interface CatalogSource {
  /** The dataset, as the claims name it: `ebpf-docs` or `bcc`. */
  name: string;
  repo: string;
  path: string;
  commit: string;
  license: string;
  /** Path of the license text in this repository. */
  licenseFile: string;
}

/** A kernel milestone that is not a named API (bcc's JIT, XDP driver and main-feature rows), for the timeline. */
export interface KernelFeature {
  /** bcc's section: `JIT compiling`, `XDP`, `Main features`, `Map userspace API`, `eBPF support`. */
  section: string;
  name: string;
  /** `X.Y`. */
  kernel: string;
  commit: string | null;
  commitUrl: string | null;
  /** What the version column said besides the version, e.g. `removed in 4.18`. */
  note?: string;
}

/**
 * One way a program type may call a helper, as ebpf-docs' helpers-functions.yaml gives it: every
 * part present must hold. Conditions met along the way (a group pulled in under a condition) are
 * merged into it.
 */
export interface HelperCondition {
  /** The program type may call it since this kernel (X.Y), though the helper may be older. */
  since?: string;
  /** Config options that must be set. */
  kconfig?: string[];
  /** Only from programs of one of these attach types. */
  attachType?: string[];
  /** Capabilities the loading process needs (all of them). */
  cap?: string[];
  /** Only from sleepable programs. */
  sleepable?: true;
  /** Only from programs attached through a trampoline (fentry, fexit, fmod_ret, LSM). */
  trampoline?: true;
  /** Refused while the kernel is locked down for confidentiality (it reads kernel memory). */
  noLockdown?: true;
}

/** What one program type may call, per the data. */
export interface ProgramTypeHelpers {
  /** helper → the ways it is allowed (any one suffices); `[{}]` when unconditionally. */
  allowed: Record<string, HelperCondition[]>;
  /** Helpers the list names and then excludes (the verifier refuses them for this type). */
  excluded: string[];
  /** Set when the data's list is unfinished, saying why: helpers it does not list are unknown here, not refused. */
  incomplete?: string;
}

export interface Catalog {
  sources: CatalogSource[];
  /** Where the config gates come from (data/config-gates.yaml's `source`). */
  configGateSource?: string;
  entries: CatalogEntry[];
  /** Per program type (`BPF_PROG_TYPE_*`), the helpers it may call; types the data has no list for are absent. */
  programHelpers?: Record<string, ProgramTypeHelpers>;
  kernelFeatures?: KernelFeature[];
}
