/**
 * Host facts kept in the browser under a name (localStorage), shared by the pages that use them:
 * the probe page's "check another host" keeps them, the kernel compare page reads them. One key,
 * one JSON array; every entry is validated again when read, so a stale or edited entry is
 * dropped instead of breaking a page. Browser-safe; the Storage is a parameter for tests.
 */
import { parseHostFacts, type HostFacts } from './schema';

/**
 * The localStorage key. Bump the suffix if the stored shape changes. (Its old word stays: renaming
 * the key would lose what readers kept.)
 */
export const KEPT_FACTS_STORAGE_KEY = 'ebpf-digest:host-reports:v1';
/** Dispatched on window after a change in this tab (the `storage` event covers other tabs). */
const KEPT_FACTS_CHANGED_EVENT = 'ebpf-digest:kept-facts-changed';
export const MAX_KEPT_FACTS = 20;
export const MAX_KEPT_NAME = 80;

export interface KeptFacts {
  name: string;
  /** When it was kept (ISO 8601). */
  savedAt: string;
  facts: HostFacts;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function defaultStorage(): StorageLike | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null; // access denied (privacy settings, sandboxed frames)
  }
}

/** A name as kept: trimmed, single spaces, at most MAX_KEPT_NAME characters; '' when nothing is left. */
export function normalizeKeptName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_KEPT_NAME);
}

/** A default name for host facts: their kernel release (and distro), else "host". */
export function suggestKeptName(facts: HostFacts): string {
  const f = facts.facts;
  const kernel = f.kernelRelease.status === 'ok' ? f.kernelRelease.value : null;
  const distro = f.distro.status === 'ok' ? (f.distro.value.prettyName ?? f.distro.value.id) : null;
  return normalizeKeptName([distro, kernel].filter(Boolean).join(' · ') || 'host');
}

/** The kept host facts, oldest first; entries that no longer validate are skipped. */
export function loadKeptFacts(storage: StorageLike | null = defaultStorage()): KeptFacts[] {
  if (!storage) return [];
  let raw: string | null;
  try {
    raw = storage.getItem(KEPT_FACTS_STORAGE_KEY);
  } catch {
    return [];
  }
  if (!raw) return [];
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  const out: KeptFacts[] = [];
  for (const item of list) {
    if (!item || typeof item !== 'object') continue;
    const { name, savedAt, facts } = item as Record<string, unknown>;
    if (typeof name !== 'string' || !normalizeKeptName(name) || typeof savedAt !== 'string') continue;
    const parsed = parseHostFacts(facts);
    if (parsed.ok && !out.some((r) => r.name === name)) out.push({ name, savedAt, facts: parsed.facts });
  }
  return out;
}

export type KeepFactsResult = { ok: true; kept: KeptFacts[] } | { ok: false; reason: 'no-storage' | 'no-name' | 'quota' };

function write(storage: StorageLike, kept: KeptFacts[]): KeepFactsResult {
  try {
    if (kept.length) storage.setItem(KEPT_FACTS_STORAGE_KEY, JSON.stringify(kept));
    else storage.removeItem(KEPT_FACTS_STORAGE_KEY);
  } catch {
    return { ok: false, reason: 'quota' };
  }
  if (typeof window !== 'undefined' && typeof window.dispatchEvent === 'function') {
    window.dispatchEvent(new Event(KEPT_FACTS_CHANGED_EVENT));
  }
  return { ok: true, kept };
}

/**
 * Keeps host facts under a name; the same name replaces the old one. Beyond MAX_KEPT_FACTS the
 * oldest is dropped.
 */
export function keepFacts(
  name: string,
  facts: HostFacts,
  storage: StorageLike | null = defaultStorage(),
  now = new Date(),
): KeepFactsResult {
  if (!storage) return { ok: false, reason: 'no-storage' };
  const keptName = normalizeKeptName(name);
  if (!keptName) return { ok: false, reason: 'no-name' };
  const kept = loadKeptFacts(storage).filter((r) => r.name !== keptName);
  kept.push({ name: keptName, savedAt: now.toISOString(), facts });
  return write(storage, kept.slice(-MAX_KEPT_FACTS));
}

export function removeKeptFacts(name: string, storage: StorageLike | null = defaultStorage()): KeepFactsResult {
  if (!storage) return { ok: false, reason: 'no-storage' };
  return write(
    storage,
    loadKeptFacts(storage).filter((r) => r.name !== name),
  );
}

/** Calls back when the kept host facts change, in this tab or another; returns the unsubscribe. */
export function subscribeKeptFacts(callback: () => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === KEPT_FACTS_STORAGE_KEY) callback();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(KEPT_FACTS_CHANGED_EVENT, callback);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(KEPT_FACTS_CHANGED_EVENT, callback);
  };
}
