/**
 * The one lean form of what goes to the browser to evaluate a host there (the probe page's other
 * hosts, the kernel compare page's "compare with a host"): what the evaluator reads of each digest
 * feature (id, kernel, landing, detection rules) and of each catalog entry (kind, name, kernel, BTF
 * evidence, a type's config gate) — nothing else (no prose, sources, commits or URLs).
 *
 * Catalog entries travel as tuples grouped by kind, and their BTF evidence is left out when the
 * catalog's naming convention gives it (helper `bpf_x` → `bpf_func_id.BPF_FUNC_x`; program, map
 * and attach types → their own name in their enum; kfunc → the function of that name), so ~640
 * entries cost ~20 kB of JSON (~5 kB gzipped). `fromEvaluatorData` gives back features and entries
 * that evaluate exactly as the originals (evaluator-data.test.ts checks it). Pure.
 */
import {
  CATALOG_KINDS,
  type BtfEvidence,
  type CatalogKind,
  type ConfigGate,
  type HelperCondition,
  type ProgramTypeHelpers,
} from '../catalog/types';
import type { EvaluableEntry, EvaluableFeature, Evaluables } from './evaluate';

/** A catalog entry: [name, kernel] when its BTF evidence follows the convention, else [name, kernel, evidence]. */
export type LeanCatalogEntry = readonly [name: string, kernel: string] | readonly [name: string, kernel: string, btf: BtfEvidence];

export interface EvaluatorData {
  features: EvaluableFeature[];
  catalog: Record<CatalogKind, LeanCatalogEntry[]>;
  /** Program and map types' config gates, by name: the options when the gate is one unbounded variant, else the variants. */
  configGates: Record<string, string[] | ConfigGate[]>;
  /**
   * What each program type may call (the catalog's programHelpers), helpers as indexes into
   * `catalog.helper`: [unconditionally allowed, [index, index into helperConditions][], excluded, why unfinished?].
   */
  programHelpers: Record<string, LeanProgramHelpers>;
  /** The distinct condition lists the program types' helpers have (a few dozen, shared by ~500 pairs). */
  helperConditions: HelperCondition[][];
}

export type LeanProgramHelpers =
  | readonly [allowed: number[], conditional: [number, number][], excluded: number[]]
  | readonly [allowed: number[], conditional: [number, number][], excluded: number[], incomplete: string];

/** The evaluables plus what the program-type view needs. */
export interface EvaluatorInputs extends Evaluables {
  programHelpers?: Readonly<Record<string, ProgramTypeHelpers>>;
}
const ENUM_OF_KIND: Record<Exclude<CatalogKind, 'kfunc'>, Extract<BtfEvidence, { enum: string }>['enum']> = {
  helper: 'bpf_func_id',
  'program-type': 'bpf_prog_type',
  'map-type': 'bpf_map_type',
  'attach-type': 'bpf_attach_type',
};

/** The BTF evidence the catalog's naming convention gives an entry. */
export function conventionalBtf(kind: CatalogKind, name: string): BtfEvidence {
  if (kind === 'kfunc') return { func: name };
  return { enum: ENUM_OF_KIND[kind], member: kind === 'helper' ? `BPF_FUNC_${name.replace(/^bpf_/, '')}` : name };
}

function sameBtf(a: BtfEvidence, b: BtfEvidence): boolean {
  if ('func' in a || 'func' in b) return 'func' in a && 'func' in b && a.func === b.func;
  return a.enum === b.enum && a.member === b.member;
}

function leanGate(gate: ConfigGate[]): string[] | ConfigGate[] {
  const only = gate[0]!;
  return gate.length === 1 && !only.since && !only.before ? only.options : gate;
}

function fullGate(lean: string[] | ConfigGate[]): ConfigGate[] {
  return lean.every((x) => typeof x === 'string') ? [{ options: lean as string[] }] : (lean as ConfigGate[]);
}

/** Server side: the lean form of features and catalog entries (only the fields the evaluator reads). */
export function toEvaluatorData({ features, entries, programHelpers = {} }: EvaluatorInputs): EvaluatorData {
  const catalog = Object.fromEntries(CATALOG_KINDS.map((kind) => [kind, [] as LeanCatalogEntry[]])) as Record<
    CatalogKind,
    LeanCatalogEntry[]
  >;
  const configGates: EvaluatorData['configGates'] = {};
  for (const e of entries) {
    catalog[e.kind].push(sameBtf(e.btf, conventionalBtf(e.kind, e.name)) ? [e.name, e.kernel] : [e.name, e.kernel, e.btf]);
    if (e.configGate) configGates[e.name] = leanGate(e.configGate);
  }
  const helperIndex = new Map(catalog.helper.map(([name], i) => [name, i]));
  const lean: Record<string, LeanProgramHelpers> = {};
  const helperConditions: HelperCondition[][] = [];
  const conditionIndex = new Map<string, number>();
  const conditionsAt = (paths: HelperCondition[]) => {
    const key = JSON.stringify(paths);
    let i = conditionIndex.get(key);
    if (i === undefined) conditionIndex.set(key, (i = helperConditions.push(paths) - 1));
    return i;
  };
  for (const [type, list] of Object.entries(programHelpers)) {
    const allowed: number[] = [];
    const conditional: [number, number][] = [];
    for (const [helper, paths] of Object.entries(list.allowed)) {
      const i = helperIndex.get(helper);
      if (i === undefined) continue; // a helper without a catalog entry is not evaluated anyway
      if (paths.length === 1 && Object.keys(paths[0]!).length === 0) allowed.push(i);
      else conditional.push([i, conditionsAt(paths)]);
    }
    const excluded = list.excluded.map((h) => helperIndex.get(h)).filter((i) => i !== undefined);
    lean[type] = list.incomplete ? [allowed, conditional, excluded, list.incomplete] : [allowed, conditional, excluded];
  }
  return {
    features: features.map(({ id, kernel, landing, detect }) => ({ id, kernel, landing, detect })),
    catalog,
    configGates,
    programHelpers: lean,
    helperConditions,
  };
}

/** Browser side: the features and entries again, as the evaluator takes them (entries grouped by kind, in catalog order). */
export function fromEvaluatorData(data: EvaluatorData): Evaluables & { programHelpers: Record<string, ProgramTypeHelpers> } {
  const entries = CATALOG_KINDS.flatMap((kind) =>
    (data.catalog[kind] ?? []).map(([name, kernel, btf]): EvaluableEntry => {
      const gate = Object.hasOwn(data.configGates ?? {}, name) ? fullGate(data.configGates[name]!) : undefined;
      return { kind, name, kernel, btf: btf ?? conventionalBtf(kind, name), ...(gate ? { configGate: gate } : {}) };
    }),
  );
  const helpers = (data.catalog.helper ?? []).map(([name]) => name);
  const programHelpers: Record<string, ProgramTypeHelpers> = {};
  for (const [type, [allowed, conditional, excluded, incomplete]] of Object.entries(data.programHelpers ?? {})) {
    const paths: [string, HelperCondition[]][] = [
      ...allowed.map((i): [string, HelperCondition[]] => [helpers[i]!, [{}]]),
      ...conditional.map(([i, c]): [string, HelperCondition[]] => [helpers[i]!, data.helperConditions[c]!]),
    ];
    paths.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    programHelpers[type] = {
      allowed: Object.fromEntries(paths),
      excluded: excluded.map((i) => helpers[i]!),
      ...(incomplete ? { incomplete } : {}),
    };
  }
  return { features: data.features, entries, programHelpers };
}
