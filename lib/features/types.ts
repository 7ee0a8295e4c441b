/** A feature record: one news item of a digest issue, extracted from its <Feature> element. */
import type { DetectRule } from './detect';
import type { Category, UserspaceComponent } from './vocabulary';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Where a feature landed: a kernel version, or a userspace component and its version. */
export type Landing = { component: 'linux'; version: string } | { component: UserspaceComponent; version: string };

export interface LocalizedText {
  title: string;
  /** The item's prose as plain text (for search and feeds). */
  body: string;
}

export interface FeatureRecord {
  /** Stable kebab-case id, unique across all issues. */
  id: string;
  /** Issue number it comes from. */
  issue: number;
  /** Position within the issue (0-based), for ordering. */
  order: number;
  landing: Landing;
  /** The kernel version (`5.11`) for kernel features, null for userspace ones. */
  kernel: string | null;
  categories: Category[];
  /** eBPF helpers / kfuncs named (catalog names). */
  helpers: string[];
  /** Other named APIs: catalog enum names, libbpf functions, socket options. */
  apis: string[];
  /** Explainer slugs this feature relates to. */
  explainers: string[];
  detect: DetectRule[];
  /** Per language; the original language is always present. */
  text: Partial<Record<Lang, LocalizedText>>;
}
