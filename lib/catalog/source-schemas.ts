/**
 * zod schemas for the raw fact files the catalog is imported from (../shared/data).
 * They check only what the import reads; anything else in the files is dropped.
 * The YAML files are parsed with the failsafe schema (every scalar a string, see
 * scripts/import-catalog.ts), so "nothing" arrives as '' and versions stay strings.
 */
import { z } from 'zod';

/** `v5.11`, `5.11`, `4.11 (removed in 4.18)`; a number only when a caller parsed YAML itself. */
const rawVersion = z.union([z.string(), z.number(), z.null()]);
const rawCommit = z.string().nullable().optional();

/** A list that YAML may also give as an empty value (`key:` → '' in failsafe, null otherwise). */
function listOf<T extends z.ZodType>(item: T) {
  return z
    .union([z.array(item), z.literal(''), z.null()])
    .optional()
    .transform((v): z.output<T>[] => (Array.isArray(v) ? v : []));
}

/** A mapping that YAML may also give as an empty value. */
function mapOf<T extends z.ZodType>(value: T) {
  return z
    .union([z.record(z.string(), value), z.literal(''), z.null()])
    .optional()
    .transform((v): Record<string, z.output<T>> => (v && typeof v === 'object' ? v : {}));
}

// ebpf-docs data/feature-versions.yaml: a list of groups, each a list of {name, version, commit}.
export const featureVersionsSchema = z.array(
  z.object({
    name: z.string(),
    features: listOf(z.object({ name: z.string(), version: rawVersion, commit: rawCommit })),
  }),
);
export type FeatureVersions = z.output<typeof featureVersionsSchema>;

// ebpf-docs data/helpers-functions.yaml: each item names a helper, pulls in a group, or excludes a
// helper; an item (a group pull included) may carry conditions under which the program type may
// call it. Failsafe YAML: `true` arrives as the string 'true'.
const flag = z
  .union([z.literal('true'), z.literal('false'), z.boolean()])
  .optional()
  .transform((v) => v === true || v === 'true');
const helperRef = z
  .object({
    name: z.string().optional(),
    group: z.string().optional(),
    exclude: z.string().optional(),
    since: z.object({ version: z.string(), commit: z.string().optional() }).optional(),
    kconfig: listOf(z.string()),
    cap: listOf(z.string()),
    attach_type: listOf(z.string()),
    sleepable: flag,
    prog_trampoline: flag,
    no_security_lockdown: flag,
  })
  .refine((r) => [r.name, r.group, r.exclude].filter((x) => x !== undefined).length === 1, {
    message: 'each item needs exactly one of name, group, exclude',
  });
export type HelperRef = z.output<typeof helperRef>;

export const helpersFunctionsSchema = z.object({
  groups: mapOf(listOf(helperRef)),
  programs: mapOf(listOf(helperRef)),
});
export type HelpersFunctions = z.output<typeof helpersFunctionsSchema>;

// ebpf-docs data/kfuncs.yaml: kfunc sets, each registered for some program types.
const namedProgramType = z.object({ name: z.string() });
export const kfuncsSchema = z.object({
  sets: mapOf(
    z.object({
      funcs: listOf(
        z.object({
          name: z.string(),
          flags: listOf(z.string()),
          // The verifier refuses some kfuncs of a set in some of the set's program types.
          except: z.object({ program_types: listOf(namedProgramType) }).optional(),
        }),
      ),
      program_types: listOf(namedProgramType),
    }),
  ),
});
export type Kfuncs = z.output<typeof kfuncsSchema>;

// bcc docs/kernel-versions.md, already turned into JSON (ebpf-kernel-features.json).
const bccRow = {
  kernel: rawVersion,
  commit: rawCommit,
  /** Full-hash link; bcc's `commit` is abbreviated. */
  commitUrl: z.string().nullable().optional(),
};
export const bccFeaturesSchema = z.object({
  source: z.object({ repo: z.string(), path: z.string(), commit: z.string(), license: z.string() }),
  helpers: z.array(z.object({ name: z.string(), rawName: z.string().optional(), ...bccRow })),
  programTypes: z.array(z.object({ name: z.string(), enum: z.string(), ...bccRow })),
  mapTypes: z.array(z.object({ name: z.string(), enum: z.string(), ...bccRow })),
  features: z.array(z.object({ section: z.string(), name: z.string(), ...bccRow })),
});
export type BccFeatures = z.output<typeof bccFeaturesSchema>;

// data/config-gates.yaml (hand-kept): per program and map type, the config options that build it.
const kernelXY = z.string().regex(/^\d+\.\d+$/, 'expected a kernel version X.Y (quoted in YAML)');
const configOption = z.string().regex(/^CONFIG_[A-Z0-9_]+$/, 'expected a CONFIG_* option');
const gateVariants = z
  .array(z.object({ options: z.array(configOption).min(1), since: kernelXY.optional(), before: kernelXY.optional() }).strict())
  .min(1);
export const configGatesSchema = z
  .object({
    source: z.string().min(1),
    'program-types': z.record(z.string(), gateVariants),
    'map-types': z.record(z.string(), gateVariants),
  })
  .strict();
export type ConfigGates = z.output<typeof configGatesSchema>;
