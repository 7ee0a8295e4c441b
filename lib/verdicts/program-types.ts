/**
 * Which helpers a program type may call on a host: a helper is callable from type T when the kernel
 * has the helper (its catalog verdict: BTF), has T (BTF and T's config gate), the data allows the
 * helper for T (ebpf-docs helpers-functions.yaml, in the catalog's `programHelpers`), and the
 * conditions of one of the ways the data allows it hold (a kernel version, config options, an
 * attach type in BTF, no confidentiality lockdown). Capabilities, sleepable and trampoline-only are
 * about the program, not the host: they are listed as conditions and do not change the verdict.
 * Where the data cannot say (no list for T, or a list it marks unfinished), the verdict is unknown.
 * Pure and browser-safe: the probe page runs it on another host's facts too.
 */
import type { HelperCondition, ProgramTypeHelpers } from '../catalog/types';
import type { HostFacts } from '../host-facts/schema';
import { compareVersionStrings, majorMinor, parseKernelRelease } from '../kernel/version';
import { evaluateCatalogEntry, type EvaluableEntry, type EvaluationContext } from './evaluate';
import { makeEvidence, type Evidence } from './evidence';
import { evaluateRule } from './rules';
import type { Evaluation, Verdict } from './types';

export interface ProgramTypeData {
  /** Catalog entries (helpers, program types and attach types are read). */
  entries: readonly EvaluableEntry[];
  /** The catalog's `programHelpers`. */
  programHelpers: Readonly<Record<string, ProgramTypeHelpers>>;
}

/** One helper as seen from one program type on the host. */
export interface HelperCall extends Evaluation {
  name: string;
  /** The ways the data allows it (any one suffices); empty when it does not allow it. */
  conditions: HelperCondition[];
}

/** GET /api/probe/program-types/NAME: the type's own verdict, then every catalog helper from it. */
export interface ProgramTypeCalls extends Evaluation {
  programType: string;
  /** Why the data's list for this type is unfinished or missing, when it is. */
  incomplete?: string;
  helpers: HelperCall[];
}

/** One program type as seen from one helper (the helper page's "callable here from"). */
export interface CallerVerdict extends Evaluation {
  programType: string;
  conditions: HelperCondition[];
}

/** GET /api/probe/helpers/NAME: the helper's own verdict, then every program type that the data lets call it. */
export interface HelperCallers extends Evaluation {
  helper: string;
  programTypes: CallerVerdict[];
}

const WORST: Verdict[] = ['unsupported', 'unknown', 'supported'];
const worst = (verdicts: Verdict[]): Verdict => WORST.find((v) => verdicts.includes(v)) ?? 'supported';
const best = (verdicts: Verdict[]): Verdict => [...WORST].reverse().find((v) => verdicts.includes(v)) ?? 'unsupported';

interface Part {
  verdict: Verdict;
  evidence: Evidence[];
}

/** Entry verdicts, once per facts object (a page asks for ~200 helpers × ~30 types). */
const memo = new WeakMap<HostFacts, Map<string, Evaluation>>();

function entryVerdict(entry: EvaluableEntry, facts: HostFacts, context: EvaluationContext): Evaluation {
  if (context.kernelRelease !== undefined) return evaluateCatalogEntry(entry, facts, context);
  let byName = memo.get(facts);
  if (!byName) memo.set(facts, (byName = new Map()));
  const key = `${entry.kind}:${entry.name}`;
  let done = byName.get(key);
  if (!done) byName.set(key, (done = evaluateCatalogEntry(entry, facts, context)));
  return done;
}

function releaseOf(facts: HostFacts, context: EvaluationContext): { release: string | null; reason: string } {
  const fact = facts.facts.kernelRelease;
  const raw = context.kernelRelease ?? (fact.status === 'ok' ? fact.value : null);
  const parsed = raw === null ? null : parseKernelRelease(raw);
  if (parsed) return { release: majorMinor(parsed), reason: '' };
  return { release: null, reason: fact.status === 'unknown' && context.kernelRelease === undefined ? fact.reason : 'unparsable' };
}

function lockdownPart(facts: HostFacts): Part {
  const fact = facts.facts.lockdown;
  if (fact.status === 'ok') {
    const refused = fact.value.current === 'confidentiality';
    return {
      verdict: refused ? 'unsupported' : 'supported',
      evidence: [makeEvidence(refused ? 'calls.lockdown_refuses' : 'calls.lockdown_allows', { mode: fact.value.current })],
    };
  }
  // ENOENT with securityfs mounted: the kernel has no lockdown LSM, so nothing is locked down.
  if (fact.reason === 'ENOENT') return { verdict: 'supported', evidence: [makeEvidence('calls.lockdown_none')] };
  // securityfs not mounted (a container): the config still tells when there is no lockdown LSM at
  // all, or when it is forced to confidentiality; otherwise the boot may have chosen the mode.
  const config = facts.facts.kernelConfig;
  if (config.status === 'ok') {
    const set = (o: string) => config.value[o] !== undefined && config.value[o] !== 'n';
    if (!set('CONFIG_SECURITY_LOCKDOWN_LSM')) return { verdict: 'supported', evidence: [makeEvidence('calls.lockdown_none')] };
    if (set('CONFIG_LOCK_DOWN_KERNEL_FORCE_CONFIDENTIALITY'))
      return { verdict: 'unsupported', evidence: [makeEvidence('calls.lockdown_refuses', { mode: 'confidentiality' })] };
  }
  return { verdict: 'unknown', evidence: [makeEvidence('calls.lockdown_unknown', { reason: fact.reason })] };
}

/** One way the data allows the helper: all its host conditions must hold. */
function pathPart(type: string, c: HelperCondition, facts: HostFacts, context: EvaluationContext): Part {
  const parts: Part[] = [];
  if (c.since) {
    const { release, reason } = releaseOf(facts, context);
    if (release === null)
      parts.push({ verdict: 'unknown', evidence: [makeEvidence('calls.since_unknown', { type, min: c.since, reason })] });
    else {
      const met = compareVersionStrings(release, c.since) >= 0;
      parts.push({
        verdict: met ? 'supported' : 'unsupported',
        evidence: [makeEvidence(met ? 'calls.since_met' : 'calls.since_unmet', { type, min: c.since, release })],
      });
    }
  }
  for (const option of c.kconfig ?? []) {
    const r = evaluateRule({ kind: 'config', option }, facts);
    parts.push({ verdict: r.outcome, evidence: [r.evidence] });
  }
  if (c.attachType?.length) {
    const results = c.attachType.map((member) => evaluateRule({ kind: 'btf-enum', enum: 'bpf_attach_type', member }, facts));
    const types = c.attachType.join(', ');
    const found = results.filter((r) => r.outcome === 'supported').map((r) => r.subject);
    if (found.length)
      parts.push({ verdict: 'supported', evidence: [makeEvidence('calls.attach_type', { types, found: found.join(', ') })] });
    else if (results.some((r) => r.outcome === 'unknown'))
      parts.push({ verdict: 'unknown', evidence: [results.find((r) => r.outcome === 'unknown')!.evidence] });
    else parts.push({ verdict: 'unsupported', evidence: [makeEvidence('calls.attach_type_missing', { types })] });
  }
  if (c.noLockdown) parts.push(lockdownPart(facts));
  return { verdict: worst(parts.map((p) => p.verdict)), evidence: parts.flatMap((p) => p.evidence) };
}

/** The data's answer for (type, helper): allowed under which paths, or why not. */
function dataPart(type: string, helper: string, list: ProgramTypeHelpers | undefined, facts: HostFacts, context: EvaluationContext) {
  const params = { name: helper, type };
  if (!list) return { verdict: 'unknown' as Verdict, evidence: [makeEvidence('calls.no_data', { type })], conditions: [] };
  if (list.excluded.includes(helper))
    return { verdict: 'unsupported' as Verdict, evidence: [makeEvidence('calls.excluded', params)], conditions: [] };
  const paths = Object.hasOwn(list.allowed, helper) ? list.allowed[helper]! : undefined;
  if (!paths) {
    return list.incomplete
      ? {
          verdict: 'unknown' as Verdict,
          evidence: [makeEvidence('calls.not_listed_incomplete', { ...params, reason: list.incomplete })],
          conditions: [],
        }
      : { verdict: 'unsupported' as Verdict, evidence: [makeEvidence('calls.not_listed', params)], conditions: [] };
  }
  // The way that holds best decides; its evidence is the one shown.
  const judged = paths.map((c) => pathPart(type, c, facts, context));
  const verdict = best(judged.map((j) => j.verdict));
  const chosen = judged.find((j) => j.verdict === verdict)!;
  return { verdict, evidence: [makeEvidence('calls.listed', params), ...chosen.evidence], conditions: paths };
}

function typePart(type: string, typeEval: Evaluation | null): Part {
  if (typeEval?.verdict === 'supported') return { verdict: 'supported', evidence: [] };
  if (typeEval?.verdict === 'unsupported') return { verdict: 'unsupported', evidence: [makeEvidence('calls.type_unavailable', { type })] };
  return { verdict: 'unknown', evidence: [makeEvidence('calls.type_unknown', { type })] };
}

/** The data's helper list for a program type (own keys only: a type named "constructor" has none). */
const helperListOf = (data: ProgramTypeData, type: string) =>
  Object.hasOwn(data.programHelpers, type) ? data.programHelpers[type] : undefined;

function helperCall(
  type: string,
  typeEval: Evaluation | null,
  helper: EvaluableEntry,
  data: ProgramTypeData,
  facts: HostFacts,
  context: EvaluationContext,
): HelperCall {
  const helperEval = entryVerdict(helper, facts, context);
  const listed = dataPart(type, helper.name, helperListOf(data, type), facts, context);
  const typeSide = typePart(type, typeEval);
  // The helper's own evidence: its BTF finding, and the version notes too when it is not there.
  const helperEvidence = helperEval.verdict === 'supported' ? helperEval.evidence.slice(0, 1) : helperEval.evidence;
  return {
    name: helper.name,
    verdict: worst([helperEval.verdict, typeSide.verdict, listed.verdict]),
    evidence: [...helperEvidence, ...listed.evidence, ...typeSide.evidence],
    conditions: listed.conditions,
  };
}

const byKind = (data: ProgramTypeData, kind: EvaluableEntry['kind']) => data.entries.filter((e) => e.kind === kind);

/** Every catalog helper as seen from `programType`; null when the catalog has no such program type. */
export function evaluateProgramTypeCalls(
  programType: string,
  data: ProgramTypeData,
  facts: HostFacts,
  context: EvaluationContext = {},
): ProgramTypeCalls | null {
  const typeEntry = data.entries.find((e) => e.kind === 'program-type' && e.name === programType);
  if (!typeEntry) return null;
  const typeEval = entryVerdict(typeEntry, facts, context);
  const list = helperListOf(data, programType);
  const incomplete = list ? list.incomplete : `the data has no helper list for ${programType}`;
  return {
    programType,
    verdict: typeEval.verdict,
    evidence: typeEval.evidence,
    ...(incomplete ? { incomplete } : {}),
    helpers: byKind(data, 'helper').map((h) => helperCall(programType, typeEval, h, data, facts, context)),
  };
}

/** Every program type the data lets call `helper`, judged on the host; null when the catalog has no such helper. */
export function evaluateHelperCallers(
  helper: string,
  data: ProgramTypeData,
  facts: HostFacts,
  context: EvaluationContext = {},
): HelperCallers | null {
  const helperEntry = data.entries.find((e) => e.kind === 'helper' && e.name === helper);
  if (!helperEntry) return null;
  const helperEval = entryVerdict(helperEntry, facts, context);
  const programTypes = byKind(data, 'program-type')
    .filter((t) => {
      const list = helperListOf(data, t.name);
      return !!list && Object.hasOwn(list.allowed, helper);
    })
    .map((t): CallerVerdict => {
      const call = helperCall(t.name, entryVerdict(t, facts, context), helperEntry, data, facts, context);
      return { programType: t.name, verdict: call.verdict, evidence: call.evidence, conditions: call.conditions };
    });
  return { helper, verdict: helperEval.verdict, evidence: helperEval.evidence, programTypes };
}
