/**
 * The evaluator: detection rules + host facts → a verdict with its evidence. Pure and browser-safe
 * (no Node imports): the probe page evaluates another host's facts client-side. It takes only what
 * it reads of a feature record and a catalog entry (EvaluableFeature, EvaluableEntry), so the
 * browser gets those fields alone (evaluator-data.ts).
 *
 * Evidence beats version numbers: BTF, config, LSM, path and sysctl rules decide; a `kernel:` rule
 * is the fallback, used alone only when nothing else can be decided, and then labelled
 * "(by version only)". When it disagrees with the evidence, the evidence says so (backports).
 */
import type { DetectRule } from '../features/detect';
import type { FeatureRecord } from '../features/types';
import type { CatalogEntry, ConfigGate } from '../catalog/types';
import type { HostFacts } from '../host-facts/schema';
import { compareVersionStrings, majorMinor, parseKernelRelease } from '../kernel/version';
import { makeEvidence, type Evidence } from './evidence';
import { evaluateRule, type EvaluatorRule, type RuleResult } from './rules';
import type { Evaluation, VerdictItem } from './types';

/** What the evaluator reads of a digest feature. */
export type EvaluableFeature = Pick<FeatureRecord, 'id' | 'kernel' | 'landing' | 'detect'>;
/** What the evaluator reads of a catalog entry. */
export type EvaluableEntry = Pick<CatalogEntry, 'kind' | 'name' | 'kernel' | 'btf' | 'configGate'>;

export interface Evaluables {
  features: readonly EvaluableFeature[];
  entries: readonly EvaluableEntry[];
}

export interface EvaluationContext {
  /** Compare versions against this release instead of the host's (e.g. "what if I ran 6.1?"). */
  kernelRelease?: string;
}

interface VersionCheck {
  min: string;
  /** major.minor of the release compared, or null when it is unknown or unparsable. */
  release: string | null;
  reason: string;
  atLeast: boolean;
}

/** The release's major.minor, parsed once per string (an evaluation compares it ~700 times). */
const releases = new Map<string, string | null>();
function releaseMajorMinor(raw: string): string | null {
  let release = releases.get(raw);
  if (release === undefined) {
    const parsed = parseKernelRelease(raw);
    release = parsed ? majorMinor(parsed) : null;
    if (releases.size > 256) releases.clear();
    releases.set(raw, release);
  }
  return release;
}

function checkVersion(min: string, facts: HostFacts, context: EvaluationContext): VersionCheck {
  const fact = facts.facts.kernelRelease;
  const raw = context.kernelRelease ?? (fact.status === 'ok' ? fact.value : null);
  const reason = context.kernelRelease === undefined && fact.status === 'unknown' ? fact.reason : 'unparsable';
  const release = raw === null ? null : releaseMajorMinor(raw);
  if (release === null) return { min, release: null, reason, atLeast: false };
  return { min, release, reason, atLeast: compareVersionStrings(release, min) >= 0 };
}

function versionEvidence(v: VersionCheck): Evidence {
  if (v.release === null) return makeEvidence('kernel.unknown', { min: v.min, reason: v.reason });
  return makeEvidence(v.atLeast ? 'kernel.at_least' : 'kernel.below', { release: v.release, min: v.min });
}

function hasNoBtf(facts: HostFacts): boolean {
  const btf = facts.facts.btf;
  return btf.status === 'unknown' || !btf.value.present;
}

/** Combines rule results and version checks into a verdict; see the module comment. */
function combine(results: RuleResult[], versions: VersionCheck[], facts: HostFacts): Evaluation {
  const evidence = results.map((r) => r.evidence);
  if (results.length === 0 && versions.length === 0) {
    return { verdict: 'unknown', evidence: [makeEvidence('rules.none')] };
  }
  const unsupported = results.find((r) => r.outcome === 'unsupported');
  const supported = results.find((r) => r.outcome === 'supported');
  const decided = versions.filter((v) => v.release !== null);

  if (unsupported) {
    for (const v of versions) {
      evidence.push(
        v.release !== null && v.atLeast
          ? makeEvidence('kernel.contradicted', { release: v.release, min: v.min, name: unsupported.subject, via: unsupported.via })
          : versionEvidence(v),
      );
    }
    return { verdict: 'unsupported', evidence };
  }

  // Only a BTF name identifies the feature itself (a helper, a type, a function). A config option,
  // sysctl, path or LSM that holds is a prerequisite, usually older than the feature
  // (net.core.busy_poll predates SO_PREFER_BUSY_POLL by years): it cannot overrule a kernel that is
  // too old, so only BTF evidence makes a backport.
  const proof = results.find((r) => r.outcome === 'supported' && r.via === 'btf');
  if (supported && !proof && decided.some((v) => !v.atLeast)) {
    return { verdict: 'unsupported', evidence: [...evidence, ...versions.map(versionEvidence)] };
  }

  const allSupported = results.length > 0 && results.every((r) => r.outcome === 'supported');
  // Version notes beside evidence: agreeing, or overruled by what BTF shows (a backport).
  const versionNotes = () =>
    versions.map((v) =>
      proof && v.release !== null && !v.atLeast
        ? makeEvidence('kernel.backported', { release: v.release, min: v.min, name: proof.subject, via: proof.via })
        : versionEvidence(v),
    );

  if (allSupported) return { verdict: 'supported', evidence: [...evidence, ...versionNotes()] };

  // Nothing but versions can be decided: decide by version, and say so.
  if (!supported && decided.length > 0 && decided.length === versions.length) {
    const noBtf = hasNoBtf(facts);
    const atLeast = decided.every((v) => v.atLeast);
    for (const v of decided) {
      evidence.push(makeEvidence('kernel.by_version_only', { release: v.release!, min: v.min, cmp: v.atLeast ? '≥' : '<', noBtf }));
    }
    return { verdict: atLeast ? 'supported' : 'unsupported', evidence };
  }

  return { verdict: 'unknown', evidence: [...evidence, ...versionNotes()] };
}

/** All rules must hold (they are one feature's conjunction, or one catalog entry's). */
export function evaluateRules(
  rules: readonly EvaluatorRule[],
  facts: HostFacts,
  context: EvaluationContext = {},
  decided: readonly RuleResult[] = [],
): Evaluation {
  const versions: VersionCheck[] = [];
  const results: RuleResult[] = [...decided];
  for (const rule of rules) {
    if (rule.kind === 'kernel') versions.push(checkVersion(rule.min, facts, context));
    else results.push(evaluateRule(rule, facts));
  }
  return combine(results, versions, facts);
}

/** A feature's rules, plus its landing version when the rules do not name one (the fallback). */
export function featureRules(record: Pick<EvaluableFeature, 'kernel' | 'landing' | 'detect'>): DetectRule[] {
  const rules = [...record.detect];
  const { landing } = record;
  if (landing.component === 'linux') {
    if (!rules.some((r) => r.kind === 'kernel')) rules.push({ kind: 'kernel', min: record.kernel ?? landing.version });
  } else if (!rules.some((r) => r.kind === 'userspace' && r.component === landing.component)) {
    rules.push({ kind: 'userspace', component: landing.component, min: landing.version });
  }
  return rules;
}

export function evaluateFeature(
  record: Pick<EvaluableFeature, 'kernel' | 'landing' | 'detect'>,
  facts: HostFacts,
  context: EvaluationContext = {},
): Evaluation {
  return evaluateRules(featureRules(record), facts, context);
}

/** A catalog entry's automatic rules: its BTF evidence (enum member or function), then its kernel. */
export function catalogRules(entry: Pick<EvaluableEntry, 'kernel' | 'btf'> & { kind?: EvaluableEntry['kind'] }): EvaluatorRule[] {
  const btf: EvaluatorRule =
    'func' in entry.btf
      ? { kind: entry.kind === 'kfunc' ? 'btf-kfunc' : 'btf-func', name: entry.btf.func }
      : { kind: 'btf-enum', enum: entry.btf.enum, member: entry.btf.member };
  return [btf, { kind: 'kernel', min: entry.kernel }];
}

/**
 * The variant of a type's config gate that applies to the kernel compared: null when none does
 * (a kernel older than every bounded variant), a rule result when the release is needed to choose
 * and is unknown.
 */
function applicableGate(
  name: string,
  gate: readonly ConfigGate[],
  facts: HostFacts,
  context: EvaluationContext,
): ConfigGate | null | RuleResult {
  if (gate.length === 1 && !gate[0]!.since && !gate[0]!.before) return gate[0]!;
  const { release, reason } = checkVersion('0.0', facts, context);
  if (release === null) {
    const options = [...new Set(gate.flatMap((g) => g.options))].join(', ');
    const evidence = makeEvidence('config.gate_release_unknown', { name, options, reason });
    return { outcome: 'unknown', evidence, subject: name, via: 'config' };
  }
  return (
    gate.find(
      (g) => (!g.since || compareVersionStrings(release, g.since) >= 0) && (!g.before || compareVersionStrings(release, g.before) < 0),
    ) ?? null
  );
}

/**
 * A catalog entry's verdict: its BTF evidence and kernel, and for program and map types the config
 * options that build the type (a type in the BTF enum whose options are unset cannot be loaded;
 * an unreadable config leaves the gate, and so the verdict, unknown).
 */
export function evaluateCatalogEntry(
  entry: Pick<EvaluableEntry, 'name' | 'kernel' | 'btf' | 'configGate'> & { kind?: EvaluableEntry['kind'] },
  facts: HostFacts,
  context: EvaluationContext = {},
): Evaluation {
  const rules = catalogRules(entry);
  if (!entry.configGate?.length) return evaluateRules(rules, facts, context);
  const gate = applicableGate(entry.name, entry.configGate, facts, context);
  if (gate === null) return evaluateRules(rules, facts, context);
  if ('outcome' in gate) return evaluateRules(rules, facts, context, [gate]);
  return evaluateRules([...rules, ...gate.options.map((option): EvaluatorRule => ({ kind: 'config', option }))], facts, context);
}

/** Every feature, then every catalog entry, with its verdict. */
export function evaluateAll(
  features: readonly EvaluableFeature[],
  entries: readonly EvaluableEntry[],
  facts: HostFacts,
  context: EvaluationContext = {},
): VerdictItem[] {
  return [
    ...features.map((r) => ({ id: r.id, kind: 'feature' as const, ...evaluateFeature(r, facts, context) })),
    ...entries.map((e) => ({ id: e.name, kind: e.kind, ...evaluateCatalogEntry(e, facts, context) })),
  ];
}
