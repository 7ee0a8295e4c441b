/**
 * What the browser needs to evaluate an uploaded host report with the server's evaluator
 * (buildProbeReport): each digest feature's id, landing and detection rules, and each catalog
 * entry's name, kernel and BTF evidence — nothing else (no prose, sources, commits or URLs).
 *
 * Catalog entries travel as tuples grouped by kind, and their BTF evidence is left out when the
 * catalog's naming convention gives it (helper `bpf_x` → `bpf_func_id.BPF_FUNC_x`; program, map
 * and attach types → their own name in their enum; kfunc → the function of that name), so ~640
 * entries cost ~20 kB of JSON (~5 kB gzipped). `fromEvaluatorData` rebuilds records and entries
 * that evaluate exactly as the originals (lib/hosts/evaluator-data.test.ts checks it). Pure.
 */
import { CATALOG_KINDS, type BtfEvidence, type CatalogEntry, type CatalogKind } from '../catalog/types';
import type { DetectRule } from '../features/detect';
import type { FeatureRecord, Landing } from '../features/types';

/** A catalog entry: [name, kernel] when its BTF evidence follows the convention, else [name, kernel, evidence]. */
export type LeanCatalogEntry = readonly [name: string, kernel: string] | readonly [name: string, kernel: string, btf: BtfEvidence];

export interface LeanFeature {
  id: string;
  kernel: string | null;
  landing: Landing;
  detect: DetectRule[];
}

export interface EvaluatorData {
  features: LeanFeature[];
  catalog: Record<CatalogKind, LeanCatalogEntry[]>;
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

/** Server side: the lean form of the content's records and the catalog's entries. */
export function toEvaluatorData(records: readonly FeatureRecord[], entries: readonly CatalogEntry[]): EvaluatorData {
  const catalog = Object.fromEntries(CATALOG_KINDS.map((kind) => [kind, [] as LeanCatalogEntry[]])) as Record<CatalogKind, LeanCatalogEntry[]>;
  for (const e of entries) {
    catalog[e.kind].push(sameBtf(e.btf, conventionalBtf(e.kind, e.name)) ? [e.name, e.kernel] : [e.name, e.kernel, e.btf]);
  }
  return {
    features: records.map((r) => ({ id: r.id, kernel: r.kernel, landing: r.landing, detect: r.detect })),
    catalog,
  };
}

/** Browser side: records and entries with what the evaluator reads; the rest left empty. */
export function fromEvaluatorData(data: EvaluatorData): { records: FeatureRecord[]; entries: CatalogEntry[] } {
  const records: FeatureRecord[] = data.features.map((f, order) => ({
    id: f.id,
    issue: 0,
    order,
    landing: f.landing,
    kernel: f.kernel,
    categories: [],
    helpers: [],
    apis: [],
    explainers: [],
    detect: f.detect,
    text: {},
  }));
  const entries: CatalogEntry[] = CATALOG_KINDS.flatMap((kind) =>
    (data.catalog[kind] ?? []).map(([name, kernel, btf]) => ({
      kind,
      name,
      kernel,
      commit: null,
      commitUrl: null,
      sources: [],
      disagreement: null,
      btf: btf ?? conventionalBtf(kind, name),
      programTypes: [],
      docsUrl: '',
    })),
  );
  return { records, entries };
}
