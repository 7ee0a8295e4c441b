/** The words of a verdict, shared by the evaluator, the probe's answer, the comparisons and the pages. Pure. */
import { CATALOG_KINDS, type CatalogKind } from '../catalog/types';
import type { Evidence } from './evidence';

export type Verdict = 'supported' | 'unsupported' | 'unknown';

export interface Evaluation {
  verdict: Verdict;
  evidence: Evidence[];
}

/** `feature` for a digest record, else the catalog entry's kind. */
export type ItemKind = 'feature' | CatalogKind;
export const ITEM_KINDS: readonly ItemKind[] = ['feature', ...CATALOG_KINDS];

/** One feature or catalog entry with its verdict and the evidence that decided it. */
export interface VerdictItem extends Evaluation {
  /** The feature id, or the catalog entry's name. */
  id: string;
  kind: ItemKind;
}

export interface VerdictCounts {
  supported: number;
  unsupported: number;
  unknown: number;
  total: number;
}
