/**
 * Host facts: what one host is — the raw facts a collector read there (the server's collector, or
 * collect-host-facts.sh on any host), before any verdict. The one schema for them: the collectors
 * write it, the evaluator reads it, readers upload it, so every field is bounded and checked here.
 * Pure (zod only): runs on the server and in the browser.
 */
import { z } from 'zod';
import { NAME_PATTERNS } from '../features/detect';

export const HOST_FACTS_SCHEMA_VERSION = 1;

/** The enums of the kernel's BTF the probe reads (helpers, program/map/attach/link types, commands). */
export const BTF_ENUMS = ['bpf_func_id', 'bpf_prog_type', 'bpf_map_type', 'bpf_attach_type', 'bpf_link_type', 'bpf_cmd'] as const;
export type BtfEnumName = (typeof BTF_ENUMS)[number];

/** Sysctls always collected (dotted names, read under /proc/sys). */
export const CORE_SYSCTLS = [
  'kernel.unprivileged_bpf_disabled',
  'net.core.bpf_jit_enable',
  'net.core.bpf_jit_harden',
  'net.core.busy_poll',
  'net.core.busy_read',
] as const;

/** Capability bits the probe reports (include/uapi/linux/capability.h). */
export const CAPABILITY_BITS = { CAP_BPF: 39, CAP_PERFMON: 38, CAP_SYS_ADMIN: 21, CAP_NET_ADMIN: 12 } as const;
export type CapabilityName = keyof typeof CAPABILITY_BITS;

// Bounds: generous for real hosts (a 6.x config has ~2.5k set options, bpf_func_id ~215 members),
// tight enough that uploaded facts cannot be made arbitrarily large.
const MAX_CONFIG_OPTIONS = 20_000;
const MAX_ENUM_MEMBERS = 5_000;
const MAX_NAMES = 10_000;

const text = (max: number) => z.string().max(max);
const identifier = z.string().regex(NAME_PATTERNS.identifier, 'expected an identifier (letters, digits, _)');
const memberName = z.string().regex(NAME_PATTERNS.member, 'expected STRUCT.MEMBER');
const source = z.string().min(1, 'source must name where the fact came from').max(512);
const reason = z.string().min(1).max(512);

/**
 * One fact: `ok` with its value, or `unknown` with the reason (ENOENT, EACCES, "timed out", …).
 * `source` is the host path (or command) as seen on the host, never the probe's mount point.
 */
function factSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('status', [
    z.object({ status: z.literal('ok'), value, source, reason: reason.optional() }),
    z.object({
      status: z.literal('unknown'),
      value: z.null({ error: 'an unknown fact has value null' }),
      source,
      reason,
    }),
  ]);
}

export type Fact<T> =
  { status: 'ok'; value: T; source: string; reason?: string } | { status: 'unknown'; value: null; source: string; reason: string };

const distroSchema = z.object({
  id: text(128).nullable(),
  versionId: text(128).nullable(),
  prettyName: text(256).nullable(),
});

const kernelConfigSchema = z
  .record(z.string().regex(/^CONFIG_[A-Za-z0-9_]{1,120}$/, 'expected a CONFIG_* option'), text(4096))
  .refine((r) => Object.keys(r).length <= MAX_CONFIG_OPTIONS, `at most ${MAX_CONFIG_OPTIONS} options`);

const btfSchema = z.discriminatedUnion('present', [
  /** /sys/kernel/btf exists but has no vmlinux: the kernel was built without BTF. */
  z.object({ present: z.literal(false) }),
  z.object({
    present: z.literal(true),
    size: z.number().int().nonnegative(),
    byteOrder: z.enum(['little', 'big']),
    typeCount: z.number().int().nonnegative(),
    /** Members of the enums in BTF_ENUMS that exist in this kernel (an absent enum is absent here). */
    enums: z.partialRecord(z.enum(BTF_ENUMS), z.array(identifier).max(MAX_ENUM_MEMBERS)),
    /** The function names the caller asked about (catalog kfuncs, names in rules). */
    functionsChecked: z.array(identifier).max(MAX_NAMES),
    /** Those of functionsChecked that BTF has. */
    functions: z.array(identifier).max(MAX_NAMES),
    /** The `struct.member` names asked about (`member:` rules); absent in facts from older collectors. */
    membersChecked: z.array(memberName).max(MAX_NAMES).optional(),
    /** Those of membersChecked that BTF has. */
    members: z.array(memberName).max(MAX_NAMES).optional(),
    /** The enumerators asked about (`enum:` rules), looked for in every enum. */
    enumeratorsChecked: z.array(identifier).max(MAX_NAMES).optional(),
    /** Those of enumeratorsChecked that BTF has. */
    enumerators: z.array(identifier).max(MAX_NAMES).optional(),
    /** How many `bpf_kfunc` decl tags the BTF has: 0 when this kernel does not tag its kfuncs; absent from older collectors. */
    kfuncTagCount: z.number().int().nonnegative().optional(),
    /** Those of functionsChecked that BTF tags `bpf_kfunc` (the kernel's own word that they are kfuncs). */
    kfuncsTagged: z.array(identifier).max(MAX_NAMES).optional(),
  }),
]);

const lockdownSchema = z.object({
  /** The bracketed mode: none, integrity or confidentiality. */
  current: text(64),
  available: z.array(text(64)).max(16),
});

const lsmSchema = z.object({
  active: z.array(z.string().regex(NAME_PATTERNS.lsm, 'expected an LSM name')).max(64),
});

const pathSchema = z.object({ type: z.enum(['file', 'directory', 'other']) });

const cgroupSchema = z.object({
  /** unified: cgroup2 only; hybrid: cgroup2 beside v1 controllers; legacy: v1 only; none: no cgroup mounts. */
  mode: z.enum(['unified', 'hybrid', 'legacy', 'none']),
  cgroup2MountPoints: z.array(text(4096)).max(64),
});

const capabilitiesSchema = z.object({
  /** CapEff as in /proc/self/status (hex, no 0x). */
  effective: z.string().regex(/^[0-9a-f]{1,32}$/, 'expected the CapEff hex mask'),
  CAP_BPF: z.boolean(),
  CAP_PERFMON: z.boolean(),
  CAP_SYS_ADMIN: z.boolean(),
  CAP_NET_ADMIN: z.boolean(),
});

const limitValue = z.union([z.number().int().nonnegative(), z.literal('unlimited')]);
const memlockSchema = z.object({ soft: limitValue, hard: limitValue });

const iproute2Schema = z.object({
  /** `6.1.0`, or the snapshot tag of old releases (`ss190107`). */
  version: text(64),
  /** The libbpf iproute2 was built with, null when `ip -V` names none. */
  libbpf: text(64).nullable(),
});

const bpftoolSchema = z.object({
  /** `7.1.0` (`bpftool version`; builds before 7.0 carry the kernel's version, `5.10.0`). */
  version: text(64),
});

const namedFacts = <T extends z.ZodType>(key: z.ZodString, value: T) =>
  z.record(key, factSchema(value)).refine((r) => Object.keys(r).length <= 256, 'at most 256 entries');

export const hostFactsSchema = z.object({
  schemaVersion: z.literal(HOST_FACTS_SCHEMA_VERSION),
  collector: z.object({ name: text(64).min(1), version: text(64).min(1) }),
  collectedAt: z.iso.datetime({ offset: true }),
  facts: z.object({
    kernelRelease: factSchema(text(256).min(1)),
    distro: factSchema(distroSchema),
    architecture: factSchema(text(64).min(1)),
    kernelConfig: factSchema(kernelConfigSchema),
    btf: factSchema(btfSchema),
    btfModules: factSchema(z.array(text(256)).max(MAX_NAMES)),
    lsm: factSchema(lsmSchema),
    lockdown: factSchema(lockdownSchema),
    /** The core sysctls plus those `sysctl:` rules ask for; value as read (trimmed). */
    sysctls: namedFacts(z.string().regex(NAME_PATTERNS.sysctl, 'expected a dotted sysctl name'), text(4096)),
    /** Paths `path:` rules ask for, keyed as the rule writes them (/sys/…, /proc/…). */
    paths: namedFacts(z.string().regex(NAME_PATTERNS.path, 'expected a path under /sys or /proc'), pathSchema),
    cgroup: factSchema(cgroupSchema),
    capabilities: factSchema(capabilitiesSchema),
    memlock: factSchema(memlockSchema),
    iproute2: factSchema(iproute2Schema),
    /** `bpftool version`; absent in facts from older collectors (their bpftool rules say "not checked"). */
    bpftool: factSchema(bpftoolSchema).optional(),
  }),
});

export type HostFacts = z.infer<typeof hostFactsSchema>;
export type HostFactSet = HostFacts['facts'];
export type BtfFacts = NonNullable<HostFactSet['btf']['value']>;
export type CgroupFacts = NonNullable<HostFactSet['cgroup']['value']>;
export type BpftoolFact = NonNullable<HostFactSet['bpftool']>;
export type CapabilityFacts = NonNullable<HostFactSet['capabilities']['value']>;

/** One place where a JSON document does not fit the schema. */
export interface HostFactsIssue {
  /** Where in the document: `facts.btf.value.size`; empty for the top level. */
  path: string;
  message: string;
}

export type ParseHostFactsResult = { ok: true; facts: HostFacts } | { ok: false; issues: HostFactsIssue[] };

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

interface LooseIssue {
  code?: string;
  message: string;
  note?: string;
  discriminator?: string;
  issues?: LooseIssue[];
  errors?: LooseIssue[][];
}

/** zod's own words, with what it nests (a record key's problem, a union's alternatives) brought up. */
function describeIssue(issue: LooseIssue): string {
  if (issue.code === 'invalid_key' && issue.issues?.length) {
    return `invalid key: ${issue.issues.map((i) => i.message).join('; ')}`;
  }
  if (issue.code === 'invalid_union') {
    // zod already names a discriminated union's allowed values ("Expected 'ok' | 'unknown'").
    if (issue.discriminator) return issue.message;
    const bare = (m: string) => m.replace(/^Invalid input: /, '');
    const alternatives = [
      ...new Set((issue.errors ?? []).map((list) => list.map((i) => bare(describeIssue(i))).join(', ')).filter(Boolean)),
    ];
    if (alternatives.length) return `Invalid input: ${alternatives.join(' | ')}`;
    if (issue.note) return `${issue.message}: ${issue.note}`;
  }
  return issue.message;
}

/** Checks parsed JSON (ours or uploaded) against the schema: the typed facts, or every issue with its path. */
export function parseHostFacts(json: unknown): ParseHostFactsResult {
  const result = hostFactsSchema.safeParse(json);
  if (result.success) return { ok: true, facts: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue as LooseIssue) })),
  };
}
