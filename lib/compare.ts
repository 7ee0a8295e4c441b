/**
 * Kernel compare: what landed between two kernel versions — the digest's features and the catalog's
 * entries — and, given a host's facts, which of those that host has by its own evidence (BTF,
 * config, …) rather than by its version number. Pure and browser-safe.
 *
 * The range is (from, to]: `from` exclusive, `to` inclusive, on major.minor. It answers "what do I
 * get by moving from kernel `from` to kernel `to`": 5.10 → 5.11 is exactly what 5.11 introduced.
 * Features that landed in a userspace component (libbpf 0.3, iproute2 5.11) have no kernel version
 * and are not in any range.
 */
import { CATALOG_KINDS, type CatalogEntry, type CatalogKind } from './catalog/types';
import type { FeatureRecord } from './features/types';
import { CATEGORIES, type Category } from './features/vocabulary';
import { compareVersionStrings, normaliseKernelVersion } from './kernel/version';
import type { HostFacts } from './host-facts/schema';
import { evaluateCatalogEntry, evaluateFeature, type Evaluables } from './verdicts/evaluate';
import { ITEM_KINDS, type Evaluation, type ItemKind, type VerdictCounts, type VerdictItem } from './verdicts/types';

export type CompareField = 'from' | 'to';

export type CompareErrorCode = 'missing' | 'not-a-version' | 'not-ascending';

export interface CompareError {
  code: CompareErrorCode;
  field: CompareField;
  /** English; the page words it from code and params. */
  message: string;
  params: Record<string, string>;
}

export type CompareRange = { ok: true; from: string; to: string } | { ok: false; error: CompareError };

type QueryValue = string | string[] | null | undefined;

const first = (value: QueryValue) => (Array.isArray(value) ? value[0] : value) ?? undefined;

/** Reads `from` and `to` (query values), or says what is wrong with the first bad one. */
export function parseCompareRange(fromValue: QueryValue, toValue: QueryValue): CompareRange {
  const values: Record<CompareField, string | null> = { from: null, to: null };
  for (const field of ['from', 'to'] as const) {
    const raw = first(field === 'from' ? fromValue : toValue)?.trim() ?? '';
    if (!raw) {
      return {
        ok: false,
        error: { code: 'missing', field, message: `${field} is missing: give a kernel version such as 5.4.`, params: { field } },
      };
    }
    const version = normaliseKernelVersion(raw);
    if (!version) {
      const value = raw.slice(0, 40);
      return {
        ok: false,
        error: {
          code: 'not-a-version',
          field,
          message: `${field}: "${value}" is not a kernel version (expected X.Y, such as 5.4).`,
          params: { field, value },
        },
      };
    }
    values[field] = version;
  }
  const from = values.from!;
  const to = values.to!;
  if (compareVersionStrings(from, to) >= 0) {
    return {
      ok: false,
      error: {
        code: 'not-ascending',
        field: 'to',
        message: `from (${from}) must be an earlier kernel than to (${to}).`,
        params: { from, to },
      },
    };
  }
  return { ok: true, from, to };
}

export interface KernelComparison {
  from: string;
  to: string;
  /** Versions in (from, to] that brought anything, ascending. */
  versions: string[];
  /** Digest features, by kernel version, then issue and position. */
  features: FeatureRecord[];
  /** Non-empty categories in vocabulary order; a feature with two categories is in both. */
  featuresByCategory: { category: Category; records: FeatureRecord[] }[];
  /** Non-empty kinds in catalog order; entries by kernel version, then name. */
  catalogByKind: { kind: CatalogKind; entries: CatalogEntry[] }[];
  counts: { features: number; catalog: number; total: number; byKind: Record<CatalogKind, number> };
}

/** Whether version v is in (from, to]. */
export function inRange(v: string, from: string, to: string): boolean {
  return compareVersionStrings(v, from) > 0 && compareVersionStrings(v, to) <= 0;
}

function versionOf(kernel: string | null): string | null {
  return kernel === null ? null : normaliseKernelVersion(kernel);
}

export function compareKernels(
  records: readonly FeatureRecord[],
  entries: readonly CatalogEntry[],
  from: string,
  to: string,
): KernelComparison {
  const byVersion = (a: string, b: string) => compareVersionStrings(a, b);
  const features = records
    .filter((r) => {
      const v = versionOf(r.kernel);
      return v !== null && inRange(v, from, to);
    })
    .sort((a, b) => byVersion(a.kernel!, b.kernel!) || a.issue - b.issue || a.order - b.order);
  const inScope = entries
    .filter((e) => {
      const v = versionOf(e.kernel);
      return v !== null && inRange(v, from, to);
    })
    .sort((a, b) => byVersion(a.kernel, b.kernel) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const byKind = Object.fromEntries(CATALOG_KINDS.map((k) => [k, 0])) as Record<CatalogKind, number>;
  for (const e of inScope) byKind[e.kind]++;
  const versions = [...new Set([...features.map((r) => versionOf(r.kernel)!), ...inScope.map((e) => versionOf(e.kernel)!)])].sort(
    byVersion,
  );

  return {
    from,
    to,
    versions,
    features,
    featuresByCategory: CATEGORIES.map((category) => ({
      category,
      records: features.filter((r) => r.categories.includes(category)),
    })).filter((g) => g.records.length > 0),
    catalogByKind: CATALOG_KINDS.map((kind) => ({ kind, entries: inScope.filter((e) => e.kind === kind) })).filter(
      (g) => g.entries.length > 0,
    ),
    counts: { features: features.length, catalog: inScope.length, total: features.length + inScope.length, byKind },
  };
}

/**
 * Features grouped by their first category, each listed once (the page's list); the counts per
 * category, a feature counted in each of its categories, are featuresByCategory's.
 */
export function groupByFirstCategory(features: readonly FeatureRecord[]): { category: Category; records: FeatureRecord[] }[] {
  return CATEGORIES.map((category) => ({ category, records: features.filter((r) => r.categories[0] === category) })).filter(
    (g) => g.records.length > 0,
  );
}

/** Every kernel version worth offering in a picker: releases, and any version content or catalog name. */
export function kernelVersionChoices(
  releases: Iterable<string>,
  records: readonly FeatureRecord[],
  entries: readonly CatalogEntry[],
): string[] {
  const all = new Set<string>();
  for (const v of [...releases, ...records.map((r) => r.kernel ?? ''), ...entries.map((e) => e.kernel)]) {
    const n = v ? normaliseKernelVersion(v) : null;
    if (n) all.add(n);
  }
  return [...all].sort(compareVersionStrings);
}

// ---------------------------------------------------------------------------------------------
// Compare with a host

export interface RangeVerdictItem extends VerdictItem {
  kernel: string;
  /** Decided by the version number alone: nothing better could be read. */
  byVersionOnly: boolean;
  /** The host's kernel is older than the item's, but its own evidence (BTF) shows it: a backport. */
  backported: boolean;
  /** The host's kernel is as new as the item's, but the evidence says it is missing. */
  missingDespiteVersion: boolean;
}

export interface RangeVerdictCounts extends VerdictCounts {
  byVersionOnly: number;
}

/** What a kernel range brings, judged on one host. */
export interface HostRangeVerdicts {
  /** The host's kernel release as its facts say, null when unknown. */
  release: string | null;
  /** Whether the facts have the kernel's BTF (the evidence most verdicts come from). */
  btf: boolean;
  items: RangeVerdictItem[];
  counts: Record<ItemKind, RangeVerdictCounts>;
  total: RangeVerdictCounts;
}

const emptyCounts = (): RangeVerdictCounts => ({ supported: 0, unsupported: 0, unknown: 0, byVersionOnly: 0, total: 0 });

function rangeItem(kind: ItemKind, id: string, kernel: string, evaluation: Evaluation): RangeVerdictItem {
  const codes = new Set(evaluation.evidence.map((e) => e.code));
  return {
    kind,
    id,
    kernel,
    verdict: evaluation.verdict,
    evidence: evaluation.evidence,
    byVersionOnly: codes.has('kernel.by_version_only'),
    backported: codes.has('kernel.backported'),
    missingDespiteVersion: codes.has('kernel.contradicted'),
  };
}

/** A comparison's features and catalog entries, flat: what the evaluator and the lean encoder take. */
export function rangeItems(c: Pick<KernelComparison, 'features' | 'catalogByKind'>): {
  features: FeatureRecord[];
  entries: CatalogEntry[];
} {
  return { features: c.features, entries: c.catalogByKind.flatMap((g) => g.entries) };
}

/**
 * Evaluates the features and entries of a range (each with its kernel version) against a host's
 * facts, with the same evaluator as the probe.
 */
export function compareWithHost(range: Evaluables, facts: HostFacts): HostRangeVerdicts {
  const items: RangeVerdictItem[] = [
    ...range.features.map((r) => rangeItem('feature', r.id, r.kernel!, evaluateFeature(r, facts))),
    ...range.entries.map((e) => rangeItem(e.kind, e.name, e.kernel, evaluateCatalogEntry(e, facts))),
  ];
  const counts = Object.fromEntries(ITEM_KINDS.map((k) => [k, emptyCounts()])) as Record<ItemKind, RangeVerdictCounts>;
  const total = emptyCounts();
  for (const item of items) {
    for (const c of [counts[item.kind], total]) {
      c[item.verdict]++;
      c.total++;
      if (item.byVersionOnly) c.byVersionOnly++;
    }
  }
  const f = facts.facts;
  return {
    release: f.kernelRelease.status === 'ok' ? f.kernelRelease.value : null,
    btf: f.btf.status === 'ok' && f.btf.value.present,
    items,
    counts,
    total,
  };
}
