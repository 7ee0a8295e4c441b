/**
 * The fields of a search document, in one table: what each holds, how much a match in it weighs,
 * how its text is tokenized and which language it is in. The index file lists them in this order.
 * Pure data.
 */
import type { Lang } from '../features/types';

export interface FieldSpec {
  /** Multiplies a match's BM25 score: a catalog name beats a title, a title beats prose. */
  boost: number;
  /**
   * `text`: prose, names and tags, tokenized; `exact`: one whole token; both are where a word is
   * looked up. `version`: one whole token, looked up by version queries only.
   */
  kind: 'text' | 'exact' | 'version';
  /** Text in this language only: a filter on the other language drops the field. */
  lang?: Lang;
}

const TABLE = {
  /** Catalog entries: the name without its family prefix (`ima_inode_hash`, `ringbuf`). */
  short: { boost: 8, kind: 'exact' },
  /** Catalog entries: the full name (`bpf_ima_inode_hash`, `BPF_MAP_TYPE_RINGBUF`). */
  name: { boost: 4, kind: 'text' },
  /** Features: the catalog names and other APIs the feature names. */
  refs: { boost: 1.5, kind: 'text' },
  titleZh: { boost: 2, kind: 'text', lang: 'zh' },
  titleEn: { boost: 2, kind: 'text', lang: 'en' },
  bodyZh: { boost: 1, kind: 'text', lang: 'zh' },
  bodyEn: { boost: 1, kind: 'text', lang: 'en' },
  /** Kind and category labels in both languages, component names, glossary keywords. */
  tags: { boost: 1, kind: 'text' },
  /** `X.Y`, or '' when none (userspace features, explainers). */
  kernel: { boost: 2, kind: 'version' },
} satisfies Record<string, FieldSpec>;

export type Field = keyof typeof TABLE;
export const FIELDS: Readonly<Record<Field, FieldSpec>> = TABLE;
/** The fields in index order. */
export const FIELD_NAMES = Object.keys(FIELDS) as Field[];
/** Where a word is looked up unless the query says otherwise: every field but the kernel version. */
export const WORD_FIELDS: readonly Field[] = FIELD_NAMES.filter((f) => FIELDS[f].kind !== 'version');

/** The fields a text-language filter keeps (all of them without one). */
export function fieldsFor(textLang: Lang | undefined): ReadonlySet<Field> {
  return new Set(FIELD_NAMES.filter((f) => !textLang || !FIELDS[f].lang || FIELDS[f].lang === textLang));
}
