/**
 * Prototypes for the catalog pages: the shipped lists in data/ (read once per process), and this
 * host's kfunc prototypes from its own BTF (read once per boot through the probe's boot memo, and
 * only for requests the probe would answer: they tell what the host's kernel has).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readFunctionPrototypes } from '../btf/prototypes';
import type { HelperPrototypes, KfuncPrototypes, PrototypeShown } from '../catalog/prototypes';
import { bootMemoKey, readHostBytes, type CollectContext } from './collect/context';
import { nodeHostIo } from './collect/io';
import { READ_LIMITS } from './collect/limits';
import { resolveHostRoots } from './collect/roots';
import { loadCatalog } from './catalog';
import { once } from './once';
import { probeBootMemo } from './probe/memo';

function readData<T>(name: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(process.cwd(), 'data', name), 'utf8')) as T;
  } catch {
    return null;
  }
}

const shipped = once(async () => ({
  helpers: readData<HelperPrototypes>('helper-prototypes.json'),
  kfuncs: readData<KfuncPrototypes>('kfunc-prototypes.json'),
}));

const VMLINUX = '/sys/kernel/btf/vmlinux';

/** This host's prototypes of every catalog kfunc it has (by either name); empty when its BTF cannot be read. */
async function hostKfuncPrototypes(
  env: Record<string, string | undefined>,
): Promise<Record<string, { prototype: string; btfName?: string }>> {
  const ctx: CollectContext = { roots: resolveHostRoots(env), io: nodeHostIo, timeoutMs: 8000, memo: probeBootMemo(env) };
  const kfuncs = loadCatalog()
    .entries.filter((e) => e.kind === 'kfunc')
    .map((e) => e.name);
  const key = await bootMemoKey(ctx, VMLINUX, 'kfunc prototypes');
  if (key) {
    const kept = await ctx.memo!.get<Record<string, { prototype: string; btfName?: string }>>(key);
    if (kept) return kept;
  }
  let found: Record<string, string>;
  try {
    found = readFunctionPrototypes(await readHostBytes(ctx, VMLINUX, READ_LIMITS.btf), [...kfuncs, ...kfuncs.map((k) => `${k}_impl`)]);
  } catch {
    return {};
  }
  const out: Record<string, { prototype: string; btfName?: string }> = {};
  for (const name of kfuncs) {
    const btfName = found[name] ? name : found[`${name}_impl`] ? `${name}_impl` : null;
    if (btfName) out[name] = { prototype: found[btfName]!, ...(btfName !== name ? { btfName } : {}) };
  }
  if (key) await ctx.memo!.set(key, out);
  return out;
}

/**
 * The prototype a catalog page shows: a helper's from libbpf's header; a kfunc's from this host's
 * BTF when `hostAllowed` (the probe's access rules) and the host has it, else the shipped one.
 */
export async function prototypeFor(
  kind: string,
  name: string,
  hostAllowed: boolean,
  env: Record<string, string | undefined> = process.env,
): Promise<PrototypeShown | null> {
  const data = await shipped();
  if (kind === 'helper') {
    const h = data.helpers?.helpers[name];
    return h ? { prototype: h.prototype, from: 'helper-defs', version: data.helpers!.source.version } : null;
  }
  if (kind !== 'kfunc') return null;
  if (hostAllowed) {
    const host = (await hostKfuncPrototypes(env))[name];
    if (host) return { prototype: host.prototype, from: 'host', ...(host.btfName ? { btfName: host.btfName } : {}) };
  }
  const k = data.kfuncs?.kfuncs[name];
  return k ? { prototype: k.prototype, from: 'shipped', kernel: k.from, ...(k.btfName ? { btfName: k.btfName } : {}) } : null;
}
