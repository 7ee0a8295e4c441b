/**
 * Cross-file checks and record assembly: the original language declares each feature's facts,
 * translations give the words; ids, helpers, versions and links are checked against each other
 * and against the catalog. Pure.
 */
import type { CatalogEntry } from '../catalog/types';
import type { FeatureRecord, Lang } from '../features/types';
import { groupBy } from '../group-by';
import { compareVersionStrings } from '../kernel/version';
import type { ExplainerFrontmatter, IssueFrontmatter } from './schema';
import { readFeatureFacts, type FeatureDeclaration, type FeatureFacts } from './feature-declaration';
import type { ContentProblem } from './problems';
import type { Content, ExplainerDoc, IssueDoc } from './types';

export interface CatalogLookup {
  byName(name: string): CatalogEntry | undefined;
}

interface ParsedBase {
  folder: string;
  lang: Lang;
  file: string;
  code: string;
  declarations: FeatureDeclaration[];
  didYouKnow: { slug: string; line: number }[];
  text: string;
  /** False when the MDX did not compile (already reported): cross-file checks skip its folder. */
  compiled: boolean;
}
/** A file after compiling and frontmatter validation; frontmatter null when it was invalid. */
export type ParsedFile =
  | (ParsedBase & { kind: 'issue'; frontmatter: IssueFrontmatter | null })
  | (ParsedBase & { kind: 'explainer'; frontmatter: ExplainerFrontmatter | null });

const CATALOG_ENUM_PREFIXES = ['BPF_PROG_TYPE_', 'BPF_MAP_TYPE_'];

export function assembleContent(files: ParsedFile[], catalog: CatalogLookup): Omit<Content, 'problems'> & { problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const report = (file: string, line: number, reason: string) => problems.push({ file, line, reason });

  const explainerSlugs = new Set(files.filter((f) => f.kind === 'explainer').map((f) => f.folder));
  const issues: IssueDoc[] = [];
  const explainers: ExplainerDoc[] = [];
  const records: FeatureRecord[] = [];
  const firstSeen = new Map<string, string>();

  for (const [folder, group] of groupBy(files, (f) => `${f.kind}/${f.folder}`)) {
    const valid = group.filter((f) => f.frontmatter !== null);
    for (const f of valid) {
      if (f.frontmatter!.lang !== f.lang) report(f.file, 2, `frontmatter lang "${f.frontmatter!.lang}" does not match the file name (${f.lang}.mdx)`);
    }
    const originals = valid.filter((f) => f.frontmatter!.translationOf === undefined);
    // Frontmatter and compile problems were already reported; checking further would only echo them.
    if (valid.length < group.length || group.some((f) => !f.compiled)) continue;
    if (originals.length !== 1) {
      report(group[0].file, 1, `${folder} needs exactly one original (a file without translationOf), found ${originals.length}`);
      continue;
    }
    const original = originals[0];
    const translations = valid.filter((f) => f !== original);
    for (const t of translations) {
      if (t.frontmatter!.translationOf !== original.lang) {
        report(t.file, 2, `translationOf "${t.frontmatter!.translationOf}" but the original is ${original.lang}.mdx`);
      }
    }

    if (original.kind === 'explainer') {
      for (const f of valid as Extract<ParsedFile, { kind: 'explainer' }>[]) {
        if (f.frontmatter!.slug !== f.folder) report(f.file, 2, `slug "${f.frontmatter!.slug}" does not match its folder "${f.folder}"`);
        for (const slug of f.frontmatter!.related) {
          if (!explainerSlugs.has(slug)) report(f.file, 2, `related explainer "${slug}" does not exist`);
        }
        for (const d of f.declarations) report(f.file, d.line, '<Feature> belongs in issues, not explainers');
        for (const d of f.didYouKnow) report(f.file, d.line, '<DidYouKnow> belongs in issues, not explainers');
        explainers.push({ slug: f.folder, lang: f.lang, file: f.file, frontmatter: f.frontmatter!, code: f.code, text: f.text, isOriginal: f === original });
      }
      continue;
    }

    const issueFiles = valid as Extract<ParsedFile, { kind: 'issue' }>[];
    const orig = original as Extract<ParsedFile, { kind: 'issue' }>;
    const number = orig.frontmatter!.issue;
    for (const f of issueFiles) {
      const fm = f.frontmatter!;
      if (!/^\d{4}$/.test(f.folder) || Number(f.folder) !== fm.issue) {
        report(f.file, 2, `issue ${fm.issue} must live in folder content/issues/${String(fm.issue).padStart(4, '0')}`);
      }
      if (f !== orig && (fm.issue !== number || fm.date !== orig.frontmatter!.date)) {
        report(f.file, 2, `issue number and date must match the original (${number}, ${orig.frontmatter!.date})`);
      }
      for (const slug of fm.explainers) {
        if (!explainerSlugs.has(slug)) report(f.file, 2, `explainer "${slug}" does not exist`);
      }
      for (const d of f.didYouKnow) {
        if (!explainerSlugs.has(d.slug)) report(f.file, d.line, `<DidYouKnow>: explainer "${d.slug}" does not exist`);
      }
      const slugs = (file: typeof f) => file.didYouKnow.map((d) => d.slug).join(', ');
      if (f !== orig && slugs(f) !== slugs(orig)) {
        report(f.file, f.didYouKnow[0]?.line ?? 1, `<DidYouKnow> sections (${slugs(f) || 'none'}) differ from the original ${orig.lang}.mdx (${slugs(orig) || 'none'})`);
      }
    }

    // The original declares the facts.
    const byId = new Map<string, FeatureRecord>();
    orig.declarations.forEach((d, order) => {
      const read = readFeatureFacts(d.factAttributes);
      if (!read.ok) {
        for (const reason of read.reasons) report(orig.file, d.line, reason);
        return;
      }
      const facts = read.facts;
      const previous = firstSeen.get(d.id);
      if (previous) {
        report(orig.file, d.line, `duplicate feature id "${d.id}" (first declared in ${previous})`);
        return;
      }
      firstSeen.set(d.id, `${orig.file}:${d.line}`);
      checkFacts(d, facts, orig.file, catalog, explainerSlugs, report);
      const record: FeatureRecord = {
        id: d.id,
        issue: number,
        order,
        landing: facts.landing,
        kernel: facts.landing.component === 'linux' ? facts.landing.version : null,
        categories: facts.categories,
        helpers: facts.helpers,
        apis: facts.apis,
        explainers: facts.explainers,
        detect: facts.detect,
        text: { [orig.lang]: { title: d.title, body: d.body } },
      };
      byId.set(d.id, record);
      records.push(record);
    });

    // Translations give the words, under the same ids in the same order.
    const originalIds = orig.declarations.map((d) => d.id);
    for (const t of issueFiles.filter((f) => f !== orig)) {
      const ids = t.declarations.map((d) => d.id);
      const missing = originalIds.filter((id) => !ids.includes(id));
      const extra = ids.filter((id) => !originalIds.includes(id));
      if (missing.length) report(t.file, 1, `translation is missing feature id(s) of ${orig.lang}.mdx: ${missing.join(', ')}`);
      for (const d of t.declarations) {
        if (extra.includes(d.id)) report(t.file, d.line, `feature id "${d.id}" is not in the original ${orig.lang}.mdx`);
        if (Object.keys(d.factAttributes).length > 0) report(t.file, d.line, `<Feature id="${d.id}">: facts are declared once, in the original ${orig.lang}.mdx; a translation gives only id and title`);
      }
      if (!missing.length && !extra.length && ids.join() !== originalIds.join()) {
        report(t.file, t.declarations[0]?.line ?? 1, `feature ids are in a different order than in ${orig.lang}.mdx`);
      }
      for (const d of t.declarations) {
        const record = byId.get(d.id);
        if (record) record.text[t.lang] = { title: d.title, body: d.body };
      }
    }

    for (const f of issueFiles) {
      issues.push({
        number,
        lang: f.lang,
        file: f.file,
        frontmatter: f.frontmatter!,
        code: f.code,
        featureIds: f.declarations.map((d) => d.id),
        didYouKnow: f.didYouKnow.map((d) => d.slug),
        isOriginal: f === orig,
      });
    }
  }

  issues.sort((a, b) => a.number - b.number || a.lang.localeCompare(b.lang));
  explainers.sort((a, b) => a.slug.localeCompare(b.slug) || a.lang.localeCompare(b.lang));
  records.sort((a, b) => a.issue - b.issue || a.order - b.order);
  return { issues, explainers, records, problems };
}

function checkFacts(
  d: FeatureDeclaration,
  facts: FeatureFacts,
  file: string,
  catalog: CatalogLookup,
  explainerSlugs: Set<string>,
  report: (file: string, line: number, reason: string) => void,
) {
  for (const name of facts.helpers) {
    const entry = catalog.byName(name);
    if (!entry || (entry.kind !== 'helper' && entry.kind !== 'kfunc') || entry.name !== name) {
      report(file, d.line, `helper "${name}" is not in the catalog${entry ? ` (did you mean "${entry.name}"?)` : ''}`);
      continue;
    }
    if (facts.landing.component === 'linux' && compareVersionStrings(facts.landing.version, entry.kernel) < 0) {
      report(file, d.line, `kernel ${facts.landing.version} disagrees with the catalog: ${name} was introduced in ${entry.kernel}`);
    }
  }
  for (const name of facts.apis) {
    if (CATALOG_ENUM_PREFIXES.some((p) => name.startsWith(p)) && !catalog.byName(name)) {
      report(file, d.line, `"${name}" is not in the catalog`);
    }
  }
  for (const slug of facts.explainers) {
    if (!explainerSlugs.has(slug)) report(file, d.line, `explainer "${slug}" does not exist`);
  }
}
