/**
 * Builds the fact catalog from the parsed source files (ebpf-docs and bcc). Pure: reading the
 * files, validating them against ./source-schemas and writing data/catalog.json is the job of
 * scripts/import-catalog.ts.
 *
 * Precedence: ebpf-docs' version and commit when it lists the entry (it is the newer, full-hash
 * source), bcc's otherwise. Both claims are kept; a different major.minor is called out in
 * `disagreement` rather than settled silently.
 */
import { compareVersionStrings, parseVersionClaim } from '../kernel/version';
import { expandHelperProgramTypes } from './helper-programs';
import { checkVersionOrder } from './version-order';
import { btfEvidence, commitFromUrl, commitUrl, compareNames, docsUrl, normaliseCommit, normaliseName } from './names';
import type { BccFeatures, ConfigGates, FeatureVersions, HelpersFunctions, Kfuncs } from './source-schemas';
import {
  CATALOG_KINDS,
  type Catalog,
  type CatalogEntry,
  type CatalogKind,
  type CatalogSource,
  type CatalogSourceClaim,
  type ConfigGate,
  type KernelFeature,
} from './types';

export interface CatalogInputs {
  featureVersions: FeatureVersions;
  helpersFunctions: HelpersFunctions;
  kfuncs: Kfuncs;
  bcc: BccFeatures;
  /** Helper ids (enum bpf_func_id), from data/helper-prototypes.json: the order the versions are checked against. */
  helperIds?: Record<string, number>;
  /** Member → value of the program, map and attach type enums (data/enum-order.json, from kernel BTF). */
  enumOrder?: Partial<Record<'bpf_prog_type' | 'bpf_map_type' | 'bpf_attach_type', Record<string, number>>>;
  /** data/config-gates.yaml: the config options that build each program and map type (optional in tests). */
  configGates?: ConfigGates;
  /** Provenance of each input file and where its license text is kept (the script knows both). */
  sources: CatalogSource[];
}

export interface ImportResult {
  catalog: Catalog;
  /** Oddities in the source data that the import worked around; for the person running it. */
  warnings: string[];
}

/** feature-versions.yaml groups that are catalog kinds; the others (syscall commands, flags, …) are not. */
const EBPF_DOCS_GROUPS: Record<string, CatalogKind> = {
  helpers: 'helper',
  program_types: 'program-type',
  map_types: 'map-type',
  attach_types: 'attach-type',
  kfuncs: 'kfunc',
};

/**
 * bcc spellings that are typos of a real name. `BPF_FUNC_skc_to_mctcp_sock` has the commit of
 * ebpf-docs' `bpf_skc_to_mptcp_sock` (3bc253c2e652) and no such helper exists.
 */
const BCC_NAME_FIXES: Record<string, string> = { bpf_skc_to_mctcp_sock: 'bpf_skc_to_mptcp_sock' };

/** The kinds bcc's table lists too; attach types and kfuncs come from ebpf-docs alone. */
const BOTH_SOURCES_KINDS: ReadonlySet<CatalogKind> = new Set(['helper', 'program-type', 'map-type']);

type SourceName = CatalogSourceClaim['source'];

/** Collapses runs of whitespace, non-breaking spaces included (bcc's table has some). */
function cleanText(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** bcc gives an abbreviated `commit` and a link with the full hash: keep the full one when they match. */
function bccCommit(row: { commit?: string | null; commitUrl?: string | null }, what: string, warnings: string[]) {
  const short = normaliseCommit(row.commit);
  const full = commitFromUrl(row.commitUrl);
  if (full && short && !full.startsWith(short)) {
    warnings.push(`bcc: ${what}: commit ${short} does not match its link (${full}); kept ${short}`);
    return short;
  }
  return full ?? short;
}

interface Claimed {
  kind: CatalogKind;
  name: string;
  claims: Partial<Record<SourceName, CatalogSourceClaim>>;
}

/** Every (kind, name) any source mentions, with each source's claim. */
class ClaimTable {
  readonly byKey = new Map<string, Claimed>();
  constructor(private readonly warnings: string[]) {}

  add(source: SourceName, kind: CatalogKind, rawName: string, rawVersion: string | number | null, commit: string | null) {
    const normalised = normaliseName(kind, rawName);
    const name = normalised && source === 'bcc' ? (BCC_NAME_FIXES[normalised] ?? normalised) : normalised;
    if (!name) {
      this.warnings.push(`${source}: ${JSON.stringify(rawName)} is not a ${kind} name; ignored`);
      return;
    }
    const version = parseVersionClaim(rawVersion);
    if (!version) {
      this.warnings.push(`${source}: ${kind} ${name}: no usable version (${JSON.stringify(rawVersion)}); ignored`);
      return;
    }
    if (version.note) this.warnings.push(`${source}: ${kind} ${name}: version note "${version.note}" dropped`);
    const claim: CatalogSourceClaim = { source, kernel: version.kernel, commit };
    if (name !== normalised) {
      this.warnings.push(`${source}: ${kind} ${normalised} read as ${name}`);
      claim.name = normalised!;
    }

    const key = `${kind} ${name}`;
    let entry = this.byKey.get(key);
    if (!entry) this.byKey.set(key, (entry = { kind, name, claims: {} }));
    const earlier = entry.claims[source];
    if (!earlier) {
      entry.claims[source] = claim;
      return;
    }
    // A source listing a name twice: keep the earliest version (when it first existed).
    const cmp = compareVersionStrings(claim.kernel, earlier.kernel);
    this.warnings.push(
      cmp === 0 && claim.commit === earlier.commit
        ? `${source}: ${kind} ${name} is listed twice`
        : `${source}: ${kind} ${name} is listed twice (${earlier.kernel} ${earlier.commit}, ${claim.kernel} ${claim.commit}); kept the earlier`,
    );
    if (cmp < 0 || (cmp === 0 && !earlier.commit)) entry.claims[source] = claim;
  }
}

interface KfuncDetails {
  programTypes: Set<string>;
  flags: Set<string>;
}

/** kfunc → program types its sets are registered for (less the `except` ones) and its flags. */
function collectKfuncDetails(kfuncs: Kfuncs, warnings: string[]): Map<string, KfuncDetails> {
  const details = new Map<string, KfuncDetails>();
  const programType = (raw: string, set: string) => {
    const name = normaliseName('program-type', raw);
    if (!name) warnings.push(`kfuncs: set ${set}: "${raw}" is not a program type; ignored`);
    return name;
  };
  for (const [setName, set] of Object.entries(kfuncs.sets)) {
    const setTypes = set.program_types.map((p) => programType(p.name, setName)).filter((p) => p !== null);
    for (const func of set.funcs) {
      const name = normaliseName('kfunc', func.name);
      if (!name) {
        warnings.push(`kfuncs: set ${setName}: "${func.name}" is not a kfunc name; ignored`);
        continue;
      }
      let d = details.get(name);
      if (!d) details.set(name, (d = { programTypes: new Set(), flags: new Set() }));
      const except = new Set((func.except?.program_types ?? []).map((p) => programType(p.name, setName)));
      for (const t of setTypes) if (!except.has(t)) d.programTypes.add(t);
      for (const f of func.flags) d.flags.add(f.trim());
    }
  }
  return details;
}

function buildEntry(claimed: Claimed, programTypes: string[], flags: string[] | undefined): CatalogEntry {
  const { kind, name, claims } = claimed;
  const docs = claims['ebpf-docs'];
  const bcc = claims.bcc;
  const primary = (docs ?? bcc)!;
  const versionsDiffer = !!docs && !!bcc && compareVersionStrings(docs.kernel, bcc.kernel) !== 0;
  // Borrow the other source's commit only when it speaks of the same release.
  const commit = primary.commit ?? (docs && bcc && !versionsDiffer ? bcc.commit : null);
  const entry: CatalogEntry = {
    kind,
    name,
    kernel: primary.kernel,
    commit,
    commitUrl: commitUrl(commit),
    sources: [docs, bcc].filter((c) => c !== undefined),
    disagreement: versionsDiffer ? `kernel: ebpf-docs ${docs!.kernel}, bcc ${bcc!.kernel}` : null,
    btf: btfEvidence(kind, name),
    programTypes,
    ...(flags ? { flags } : {}),
    docsUrl: docsUrl(kind, name),
  };
  return entry;
}

function importKernelFeatures(rows: BccFeatures['features'], warnings: string[]): KernelFeature[] {
  const features: KernelFeature[] = [];
  for (const row of rows) {
    const section = cleanText(row.section);
    const name = cleanText(row.name);
    const version = parseVersionClaim(row.kernel);
    if (!version) {
      warnings.push(`bcc: feature "${section} / ${name}": no usable version (${JSON.stringify(row.kernel)}); ignored`);
      continue;
    }
    const commit = bccCommit(row, `feature "${name}"`, warnings);
    const feature: KernelFeature = { section, name, kernel: version.kernel, commit, commitUrl: commitUrl(commit) };
    if (version.note) feature.note = version.note;
    features.push(feature);
  }
  return features.sort(
    (a, b) => compareVersionStrings(a.kernel, b.kernel) || compareNames(a.section, b.section) || compareNames(a.name, b.name),
  );
}

/**
 * The config gates by type name, checked: names normalised, version bounds in order, and a type's
 * variants not overlapping (a kernel must know which one applies to it).
 */
function collectConfigGates(gates: ConfigGates | undefined, warnings: string[]): Map<string, ConfigGate[]> {
  const byName = new Map<string, ConfigGate[]>();
  if (!gates) return byName;
  const groups = [
    ['program-type', gates['program-types']],
    ['map-type', gates['map-types']],
  ] as const;
  for (const [kind, table] of groups) {
    for (const [raw, variants] of Object.entries(table)) {
      const name = normaliseName(kind, raw);
      if (!name) {
        warnings.push(`config-gates: "${raw}" is not a ${kind} name; ignored`);
        continue;
      }
      const kept: ConfigGate[] = [];
      for (const v of variants) {
        if (v.since && v.before && compareVersionStrings(v.since, v.before) >= 0) {
          warnings.push(`config-gates: ${name}: since ${v.since} is not before ${v.before}; variant ignored`);
          continue;
        }
        kept.push({ options: [...v.options], ...(v.since ? { since: v.since } : {}), ...(v.before ? { before: v.before } : {}) });
      }
      if (kept.length > 1 && kept.some((a, i) => kept.some((b, j) => i < j && gatesOverlap(a, b)))) {
        warnings.push(`config-gates: ${name}: variants overlap in kernel versions; ignored`);
        continue;
      }
      if (kept.length) byName.set(name, kept);
    }
  }
  return byName;
}

/** Whether two variants' version ranges [since, before) share a kernel. */
function gatesOverlap(a: ConfigGate, b: ConfigGate): boolean {
  const startsBeforeEnd = (x: ConfigGate, y: ConfigGate) => !x.since || !y.before || compareVersionStrings(x.since, y.before) < 0;
  return startsBeforeEnd(a, b) && startsBeforeEnd(b, a);
}

export function importCatalog(inputs: CatalogInputs): ImportResult {
  const warnings: string[] = [];
  const table = new ClaimTable(warnings);

  for (const group of inputs.featureVersions) {
    const kind = EBPF_DOCS_GROUPS[group.name];
    if (!kind) continue;
    for (const f of group.features) table.add('ebpf-docs', kind, f.name, f.version, normaliseCommit(f.commit));
  }
  const { bcc } = inputs;
  for (const h of bcc.helpers) table.add('bcc', 'helper', h.name, h.kernel, bccCommit(h, h.name, warnings));
  for (const p of bcc.programTypes) table.add('bcc', 'program-type', p.enum, p.kernel, bccCommit(p, p.enum, warnings));
  for (const m of bcc.mapTypes) table.add('bcc', 'map-type', m.enum, m.kernel, bccCommit(m, m.enum, warnings));

  const helperPrograms = expandHelperProgramTypes(inputs.helpersFunctions);
  warnings.push(...helperPrograms.warnings);
  const kfuncDetails = collectKfuncDetails(inputs.kfuncs, warnings);
  const configGates = collectConfigGates(inputs.configGates, warnings);

  const entries: CatalogEntry[] = [];
  for (const claimed of table.byKey.values()) {
    if (claimed.kind === 'helper') {
      entries.push(buildEntry(claimed, helperPrograms.byHelper.get(claimed.name) ?? [], undefined));
    } else if (claimed.kind === 'kfunc') {
      const d = kfuncDetails.get(claimed.name);
      if (!d) warnings.push(`kfuncs: ${claimed.name} has a version but is in no kfunc set`);
      entries.push(buildEntry(claimed, [...(d?.programTypes ?? [])].sort(compareNames), [...(d?.flags ?? [])].sort(compareNames)));
    } else {
      const entry = buildEntry(claimed, [], undefined);
      const gate = configGates.get(claimed.name);
      if (gate && (claimed.kind === 'program-type' || claimed.kind === 'map-type')) entry.configGate = gate;
      entries.push(entry);
    }
  }
  for (const name of configGates.keys()) {
    if (!entries.some((e) => e.name === name && e.configGate))
      warnings.push(`config-gates: ${name} is not in the catalog; its gate is unused`);
  }

  // Versions against the kernel's own order (helper ids, enum members): settle disagreements, fix what is out of order.
  const orders: [CatalogKind, Record<string, number> | undefined][] = [
    ['helper', inputs.helperIds],
    ['program-type', inputs.enumOrder?.bpf_prog_type],
    ['map-type', inputs.enumOrder?.bpf_map_type],
    ['attach-type', inputs.enumOrder?.bpf_attach_type],
  ];
  for (const [kind, ids] of orders) {
    if (!ids) continue;
    const order = checkVersionOrder(entries, ids, kind);
    warnings.push(...order.warnings);
    for (const entry of entries) {
      const s = entry.kind === kind ? order.settled.get(entry.name) : undefined;
      if (!s) continue;
      if (s.claim.kernel !== entry.kernel) {
        warnings.push(
          `version order: ${kind} ${entry.name} (id ${s.settlement.id}): ${entry.kernel} → ${s.claim.source}'s ${s.claim.kernel}`,
        );
        entry.kernel = s.claim.kernel;
        entry.commit = s.claim.commit;
        entry.commitUrl = commitUrl(s.claim.commit);
      }
      entry.versionOrder = s.settlement;
    }
  }

  // Names the relation files mention that the version lists do not: they cannot get an entry
  // (no kernel version), so say so instead of dropping them unnoticed.
  for (const helper of helperPrograms.byHelper.keys()) {
    if (!table.byKey.has(`helper ${helper}`))
      warnings.push(`helpers-functions: ${helper} has no version in any source; not in the catalog`);
  }
  for (const kfunc of kfuncDetails.keys()) {
    if (!table.byKey.has(`kfunc ${kfunc}`)) warnings.push(`kfuncs: ${kfunc} has no version in feature-versions.yaml; not in the catalog`);
  }

  const kindOrder = (k: CatalogKind) => CATALOG_KINDS.indexOf(k);
  entries.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || compareNames(a.name, b.name));
  const sources = [...inputs.sources].sort((a, b) => compareNames(a.name, b.name) || compareNames(a.path, b.path));
  return {
    catalog: {
      sources,
      ...(inputs.configGates ? { configGateSource: inputs.configGates.source } : {}),
      entries,
      programHelpers: Object.fromEntries(Object.entries(helperPrograms.byProgramType).sort(([a], [b]) => compareNames(a, b))),
      kernelFeatures: importKernelFeatures(bcc.features, warnings),
    },
    warnings,
  };
}

const KIND_LABELS: Record<CatalogKind, string> = {
  helper: 'helpers',
  'program-type': 'program types',
  'map-type': 'map types',
  'attach-type': 'attach types',
  kfunc: 'kfuncs',
};

export interface CatalogReport {
  /** One line: counts per kind, kernel features, disagreements, one-source entries. */
  summary: string;
  /** `name: kernel: ebpf-docs X, bcc Y`. */
  disagreements: string[];
  /** Entries of a kind both sources cover that only one of them lists (not a disagreement). */
  oneSource: string[];
}

export function reportCatalog(catalog: Catalog): CatalogReport {
  const counts = CATALOG_KINDS.map((k) => `${catalog.entries.filter((e) => e.kind === k).length} ${KIND_LABELS[k]}`);
  const disagreements = catalog.entries.filter((e) => e.disagreement).map((e) => `${e.name}: ${e.disagreement}`);
  const oneSource = catalog.entries
    .filter((e) => BOTH_SOURCES_KINDS.has(e.kind) && e.sources.length === 1)
    .map((e) => `${e.kind} ${e.name}: only in ${e.sources[0].source}`);
  const summary =
    `catalog: ${counts.join(', ')}, ${catalog.kernelFeatures?.length ?? 0} kernel features; ` +
    `${disagreements.length} version disagreements; ${oneSource.length} entries in only one source`;
  return { summary, disagreements, oneSource };
}
