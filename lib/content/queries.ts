/** Lookups over loaded content. Pure. */
import type { FeatureRecord, Lang } from '../features/types';
import type { Content, ExplainerDoc, IssueDoc } from './types';

export function issueNumbers(content: Content): number[] {
  return [...new Set(content.issues.map((i) => i.number))].sort((a, b) => b - a);
}

/** The issue in the requested language, else its original (pages say so). */
export function findIssue(content: Content, number: number, lang: Lang): IssueDoc | undefined {
  const docs = content.issues.filter((i) => i.number === number);
  return docs.find((d) => d.lang === lang) ?? docs.find((d) => d.isOriginal);
}

/** The issues before and after one, in the requested language where they have it. */
export function adjacentIssues(content: Content, number: number, lang: Lang): { previous?: IssueDoc; next?: IssueDoc } {
  const numbers = issueNumbers(content); // newest first
  const at = numbers.indexOf(number);
  const find = (n: number | undefined) => (n === undefined ? undefined : findIssue(content, n, lang));
  return at < 0 ? {} : { previous: find(numbers[at + 1]), next: find(numbers[at - 1]) };
}

export function findExplainer(content: Content, slug: string, lang: Lang): ExplainerDoc | undefined {
  const docs = content.explainers.filter((e) => e.slug === slug);
  return docs.find((d) => d.lang === lang) ?? docs.find((d) => d.isOriginal);
}

export function explainerSlugs(content: Content): string[] {
  return [...new Set(content.explainers.map((e) => e.slug))];
}

export function findRecord(content: Content, id: string): FeatureRecord | undefined {
  return content.records.find((r) => r.id === id);
}

export function recordsOfIssue(content: Content, number: number): FeatureRecord[] {
  return content.records.filter((r) => r.issue === number);
}

/** Features naming a catalog entry, as a helper or as another API. */
export function recordsMentioning(content: Content, name: string): FeatureRecord[] {
  return content.records.filter((r) => r.helpers.includes(name) || r.apis.includes(name));
}

export function recordsForExplainer(content: Content, slug: string): FeatureRecord[] {
  return content.records.filter((r) => r.explainers.includes(slug));
}

/** A record's title and body in the language asked, else in whichever it has. */
export function recordText(record: FeatureRecord, lang: Lang) {
  return record.text[lang] ?? Object.values(record.text)[0]!;
}
