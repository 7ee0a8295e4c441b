/**
 * Builds the search documents from feature records, catalog entries, explainers and issues.
 * Pure: the server passes in loaded content, the benchmark a synthetic corpus.
 */
import type { CatalogEntry } from '../catalog/types';
import type { FeatureRecord, Lang } from '../features/types';
import { groupBy } from '../group-by';
import { categoryLabel } from '../i18n/messages/categories';
import { getDictionary } from '../i18n/dictionary';
import { keywordsFor } from './glossary';
import { SEARCH_KIND_LABEL_KEYS } from './labels';
import { shortName } from './tokenize';
import type { SearchDoc, SearchKind } from './types';

export interface ExplainerText {
  slug: string;
  lang: Lang;
  title: string;
  summary: string;
  /** The explainer's prose as plain text. */
  text: string;
}

export interface IssueText {
  number: number;
  lang: Lang;
  title: string;
  summary: string;
  periodLabel: string;
  kernel: string;
}

export interface SearchSource {
  records: readonly FeatureRecord[];
  catalog: readonly CatalogEntry[];
  explainers: readonly ExplainerText[];
  issues: readonly IssueText[];
}

export function docId(kind: SearchKind, key: string | number): string {
  return `${kind}:${key}`;
}

function kindTags(kind: SearchKind): string[] {
  const key = SEARCH_KIND_LABEL_KEYS[kind];
  return [getDictionary('en')[key], getDictionary('zh')[key]];
}

function emptyDoc(kind: SearchKind, key: string): SearchDoc {
  return {
    id: docId(kind, key),
    kind,
    key,
    short: '',
    name: '',
    refs: '',
    titleZh: '',
    titleEn: '',
    bodyZh: '',
    bodyEn: '',
    tags: '',
    kernel: '',
    categories: [],
    links: [],
    mentioned: false,
  };
}

export function buildSearchDocs(source: SearchSource): SearchDoc[] {
  const entriesByName = new Map<string, CatalogEntry>();
  for (const entry of source.catalog) if (!entriesByName.has(entry.name)) entriesByName.set(entry.name, entry);
  const mentions = new Map<string, string[]>();

  const features = source.records.map((record) => {
    const doc = emptyDoc('feature', record.id);
    const names = [...new Set([...record.helpers, ...record.apis])];
    const linked = names.map((n) => entriesByName.get(n)).filter((e): e is CatalogEntry => e !== undefined);
    for (const entry of linked) {
      const list = mentions.get(entry.name) ?? [];
      list.push(doc.id);
      mentions.set(entry.name, list);
    }
    doc.refs = names.join(' ');
    doc.titleZh = record.text.zh?.title ?? '';
    doc.titleEn = record.text.en?.title ?? '';
    doc.bodyZh = record.text.zh?.body ?? '';
    doc.bodyEn = record.text.en?.body ?? '';
    doc.kernel = record.kernel ?? '';
    doc.categories = [...record.categories];
    doc.links = linked.map((e) => docId(e.kind, e.name));
    const landing = record.landing.component === 'linux' ? [] : [record.landing.component];
    doc.tags = [
      ...kindTags('feature'),
      ...record.categories.flatMap((c) => [c, categoryLabel(c, 'en'), categoryLabel(c, 'zh')]),
      ...landing,
      ...linked.flatMap((e) => keywordsFor(e.name)),
    ].join(' ');
    return doc;
  });

  const entries = source.catalog.map((entry) => {
    const doc = emptyDoc(entry.kind, entry.name);
    doc.short = shortName(entry.name);
    doc.name = entry.name;
    doc.kernel = entry.kernel;
    doc.tags = [...kindTags(entry.kind), ...keywordsFor(entry.name)].join(' ');
    doc.links = mentions.get(entry.name) ?? [];
    doc.mentioned = doc.links.length > 0;
    return doc;
  });

  const explainers = [...groupBy(source.explainers, (e) => e.slug)].map(([slug, docs]) => {
    const doc = emptyDoc('explainer', slug);
    for (const e of docs) {
      const body = `${e.summary}\n${e.text}`;
      if (e.lang === 'zh') [doc.titleZh, doc.bodyZh] = [e.title, body];
      else [doc.titleEn, doc.bodyEn] = [e.title, body];
    }
    doc.tags = kindTags('explainer').join(' ');
    return doc;
  });

  const issues = [...groupBy(source.issues, (i) => String(i.number))].map(([number, docs]) => {
    const doc = emptyDoc('issue', number);
    for (const i of docs) {
      const body = `${i.summary}\n${i.periodLabel}`;
      if (i.lang === 'zh') [doc.titleZh, doc.bodyZh] = [i.title, body];
      else [doc.titleEn, doc.bodyEn] = [i.title, body];
      doc.kernel = i.kernel;
    }
    doc.tags = kindTags('issue').join(' ');
    return doc;
  });

  return [...features, ...entries, ...explainers, ...issues];
}
