/** Kernel BTF: which helpers, program/map/attach/link types, commands and asked-for functions exist. */
import { readBtf, BtfError } from '../../btf';
import { NAME_PATTERNS } from '../../features/detect';
import { BTF_ENUMS, type BtfFacts, type Fact } from '../../host-facts/schema';
import { ok, reasonOf, unknown } from './fact';
import { bootMemoKey, isPopulatedDir, readHostBytes, readHostDir, type CollectContext } from './context';
import { READ_LIMITS } from './limits';

const BTF_DIR = '/sys/kernel/btf';
const VMLINUX = '/sys/kernel/btf/vmlinux';
const MAX_WANTED = 10_000;

/** What to look up in the BTF beyond the six enums (from content and catalog). */
export interface BtfWants {
  functions?: readonly string[];
  /** `struct.member` */
  members?: readonly string[];
  enumerators?: readonly string[];
}

function normalize(names: readonly string[] | undefined, pattern: RegExp): string[] {
  return [...new Set((names ?? []).filter((n) => pattern.test(n)))].sort().slice(0, MAX_WANTED);
}

/** Names to look up, deduplicated, valid, bounded (they come from content and catalog). */
function normalizeWantedFunctions(names: readonly string[]): string[] {
  return normalize(names, NAME_PATTERNS.identifier);
}

/** The only facts kept from the BTF: the six enums and the wanted names, never all 60k names. */
function summarizeVmlinuxBtf(bytes: Uint8Array, wants: BtfWants): BtfFacts {
  const membersChecked = normalize(wants.members, NAME_PATTERNS.member);
  const enumeratorsChecked = normalize(wants.enumerators, NAME_PATTERNS.identifier);
  const checked = normalizeWantedFunctions(wants.functions ?? []);
  const summary = readBtf(bytes, {
    enumNames: [...BTF_ENUMS],
    members: membersChecked,
    enumerators: enumeratorsChecked,
    functions: checked,
  });
  const enums: Extract<BtfFacts, { present: true }>['enums'] = {};
  for (const name of BTF_ENUMS) {
    const members = summary.enums[name];
    if (members) enums[name] = [...members];
  }
  const have = new Set(summary.functions);
  const tagged = new Set(summary.kfuncs);
  return {
    present: true,
    size: bytes.byteLength,
    byteOrder: summary.byteOrder,
    typeCount: summary.typeCount,
    enums,
    functionsChecked: checked,
    functions: checked.filter((name) => have.has(name)),
    membersChecked,
    members: summary.members,
    enumeratorsChecked,
    enumerators: summary.enumerators,
    kfuncTagCount: summary.kfuncTagCount,
    kfuncsTagged: checked.filter((name) => tagged.has(name)),
  };
}

async function sysfsMounted(ctx: CollectContext): Promise<boolean> {
  return isPopulatedDir(ctx, '/sys/kernel');
}

/**
 * The kernel's BTF facts. Read and walked once per boot and file when the context has a boot memo
 * (the probe server): the BTF cannot change while the kernel runs.
 */
export async function collectBtf(ctx: CollectContext, wants: BtfWants): Promise<Fact<BtfFacts>> {
  const asked = {
    functions: normalizeWantedFunctions(wants.functions ?? []),
    members: normalize(wants.members, NAME_PATTERNS.member),
    enumerators: normalize(wants.enumerators, NAME_PATTERNS.identifier),
  };
  const key = await bootMemoKey(ctx, VMLINUX, `btf ${JSON.stringify(asked)}`);
  if (key) {
    const kept = await ctx.memo!.get<BtfFacts>(key);
    if (kept) return ok(kept, VMLINUX);
  }
  const fact = await readVmlinuxBtf(ctx, asked);
  if (key && fact.status === 'ok' && fact.value.present) await ctx.memo!.set(key, fact.value);
  return fact;
}

async function readVmlinuxBtf(ctx: CollectContext, wants: BtfWants): Promise<Fact<BtfFacts>> {
  let bytes: Uint8Array;
  try {
    bytes = await readHostBytes(ctx, VMLINUX, READ_LIMITS.btf);
  } catch (error) {
    const reason = reasonOf(error);
    // With sysfs there and no vmlinux file, the kernel has no BTF (built without
    // CONFIG_DEBUG_INFO_BTF, or older than 5.4): a fact, not an unknown.
    if (reason === 'ENOENT' && (await sysfsMounted(ctx))) return ok({ present: false }, VMLINUX, 'ENOENT');
    return unknown(VMLINUX, reason === 'ENOENT' ? 'sysfs not mounted' : reason);
  }
  try {
    return ok(summarizeVmlinuxBtf(bytes, wants), VMLINUX);
  } catch (error) {
    if (error instanceof BtfError) return unknown(VMLINUX, `unreadable BTF: ${error.code}: ${error.message}`.slice(0, 500));
    throw error;
  }
}

/** Module BTF files (split BTF of loaded modules, 5.11+): names only. */
export async function collectBtfModules(ctx: CollectContext): Promise<Fact<string[]>> {
  try {
    const names = await readHostDir(ctx, BTF_DIR);
    return ok(
      names
        .filter((n) => n !== 'vmlinux')
        .sort()
        .slice(0, MAX_WANTED),
      `${BTF_DIR}/`,
    );
  } catch (error) {
    const reason = reasonOf(error);
    if (reason === 'ENOENT' && (await sysfsMounted(ctx))) return ok([], `${BTF_DIR}/`, 'ENOENT');
    if (reason === 'ENOTDIR') return unknown(`${BTF_DIR}/`, 'not a directory');
    return unknown(`${BTF_DIR}/`, reason === 'ENOENT' ? 'sysfs not mounted' : reason);
  }
}
