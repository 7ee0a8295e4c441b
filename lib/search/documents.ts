/**
 * Builds the search documents from feature records, catalog entries, explainers and issues.
 * Pure: the server passes in loaded content, the benchmark adds a synthetic corpus.
 */
import type { CatalogEntry } from '../catalog/types';
import type { ExplainerDoc, IssueDoc } from '../content/types';
import { LANGS, type FeatureRecord, type Lang } from '../features/types';
import { groupBy } from '../group-by';
import { categoryLabel } from '../i18n/messages/categories';
import { getDictionary } from '../i18n/dictionary';
import { FIELD_NAMES, type Field } from './fields';
import { keywordsFor } from './glossary';
import { SEARCH_KIND_LABEL_KEYS } from './labels';
import { shortName } from './tokenize';
import { docId, type SearchDoc, type SearchKind } from './types';

/** What search reads of the content. */
export interface SearchContent {
  records: readonly FeatureRecord[];
  explainers: readonly Pick<ExplainerDoc, 'slug' | 'lang' | 'frontmatter' | 'text'>[];
  issues: readonly Pick<IssueDoc, 'number' | 'lang' | 'frontmatter'>[];
}

function kindTags(kind: SearchKind): string[] {
  const key = SEARCH_KIND_LABEL_KEYS[kind];
  return [getDictionary('en')[key], getDictionary('zh')[key]];
}

function emptyDoc(kind: SearchKind, key: string): SearchDoc {
  const fields = Object.fromEntries(FIELD_NAMES.map((f) => [f, ''])) as Record<Field, string>;
  return { ...fields, id: docId(kind, key), kind, key, categories: [], links: [], mentioned: false };
}

/** A document's title and body in one language. */
function setText(doc: SearchDoc, lang: Lang, title: string, body: string) {
  if (lang === 'zh') [doc.titleZh, doc.bodyZh] = [title, body];
  else [doc.titleEn, doc.bodyEn] = [title, body];
}

export function buildSearchDocs(content: SearchContent, catalog: readonly CatalogEntry[]): SearchDoc[] {
  const entriesByName = new Map<string, CatalogEntry>();
  for (const entry of catalog) if (!entriesByName.has(entry.name)) entriesByName.set(entry.name, entry);
  const mentions = new Map<string, string[]>();

  const features = content.records.map((record) => {
    const doc = emptyDoc('feature', record.id);
    const names = [...new Set([...record.helpers, ...record.apis])];
    const linked = names.map((n) => entriesByName.get(n)).filter((e): e is CatalogEntry => e !== undefined);
    for (const entry of linked) {
      const list = mentions.get(entry.name) ?? [];
      list.push(doc.id);
      mentions.set(entry.name, list);
    }
    doc.refs = names.join(' ');
    for (const lang of LANGS) {
      const text = record.text[lang];
      if (text) setText(doc, lang, text.title, text.body);
    }
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

  const entries = catalog.map((entry) => {
    const doc = emptyDoc(entry.kind, entry.name);
    doc.short = shortName(entry.name);
    doc.name = entry.name;
    doc.kernel = entry.kernel;
    doc.tags = [...kindTags(entry.kind), ...keywordsFor(entry.name)].join(' ');
    doc.links = mentions.get(entry.name) ?? [];
    doc.mentioned = doc.links.length > 0;
    return doc;
  });

  const explainers = [...groupBy(content.explainers, (e) => e.slug)].map(([slug, docs]) => {
    const doc = emptyDoc('explainer', slug);
    for (const { lang, frontmatter, text } of docs) setText(doc, lang, frontmatter.title, `${frontmatter.summary}\n${text}`);
    doc.tags = kindTags('explainer').join(' ');
    return doc;
  });

  const issues = [...groupBy(content.issues, (i) => String(i.number))].map(([number, docs]) => {
    const doc = emptyDoc('issue', number);
    for (const { lang, frontmatter } of docs) {
      setText(doc, lang, frontmatter.title, `${frontmatter.summary}\n${frontmatter.period.label}`);
      doc.kernel = frontmatter.period.kernel;
    }
    doc.tags = kindTags('issue').join(' ');
    return doc;
  });

  return [...features, ...entries, ...explainers, ...issues];
}
