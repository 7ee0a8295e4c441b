/**
 * Host reports kept in the browser under a name (localStorage), shared by the pages that use them:
 * the probe page's "check another host" keeps them, the kernel compare page reads them. One key,
 * one JSON array; every report is validated again when read, so a stale or edited entry is
 * dropped instead of breaking a page. Browser-safe; the Storage is a parameter for tests.
 */
import { parseHostFacts, type HostFacts } from './schema';

/** The localStorage key. Bump the suffix if the stored shape changes. */
export const REPORTS_STORAGE_KEY = 'ebpf-digest:host-reports:v1';
/** Dispatched on window after a change in this tab (the `storage` event covers other tabs). */
export const REPORTS_CHANGED_EVENT = 'ebpf-digest:host-reports-changed';
export const MAX_KEPT_REPORTS = 20;
export const MAX_REPORT_NAME = 80;

export interface KeptReport {
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

/** A name as kept: trimmed, single spaces, at most MAX_REPORT_NAME characters; '' when nothing is left. */
export function normalizeReportName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_REPORT_NAME);
}

/** A default name for a report: its kernel release (and distro), else "host". */
export function suggestReportName(facts: HostFacts): string {
  const f = facts.facts;
  const kernel = f.kernelRelease.status === 'ok' ? f.kernelRelease.value : null;
  const distro = f.distro.status === 'ok' ? (f.distro.value.prettyName ?? f.distro.value.id) : null;
  return normalizeReportName([distro, kernel].filter(Boolean).join(' · ') || 'host');
}

/** The kept reports, oldest first; entries that no longer validate are skipped. */
export function loadReports(storage: StorageLike | null = defaultStorage()): KeptReport[] {
  if (!storage) return [];
  let raw: string | null;
  try {
    raw = storage.getItem(REPORTS_STORAGE_KEY);
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
  const out: KeptReport[] = [];
  for (const item of list) {
    if (!item || typeof item !== 'object') continue;
    const { name, savedAt, facts } = item as Record<string, unknown>;
    if (typeof name !== 'string' || !normalizeReportName(name) || typeof savedAt !== 'string') continue;
    const parsed = parseHostFacts(facts);
    if (parsed.ok && !out.some((r) => r.name === name)) out.push({ name, savedAt, facts: parsed.facts });
  }
  return out;
}

export type SaveReportResult = { ok: true; reports: KeptReport[] } | { ok: false; reason: 'no-storage' | 'no-name' | 'quota' };

function write(storage: StorageLike, reports: KeptReport[]): SaveReportResult {
  try {
    if (reports.length) storage.setItem(REPORTS_STORAGE_KEY, JSON.stringify(reports));
    else storage.removeItem(REPORTS_STORAGE_KEY);
  } catch {
    return { ok: false, reason: 'quota' };
  }
  if (typeof window !== 'undefined' && typeof window.dispatchEvent === 'function') {
    window.dispatchEvent(new Event(REPORTS_CHANGED_EVENT));
  }
  return { ok: true, reports };
}

/**
 * Keeps a report under a name; the same name replaces the old one. Beyond MAX_KEPT_REPORTS the
 * oldest is dropped.
 */
export function saveReport(name: string, facts: HostFacts, storage: StorageLike | null = defaultStorage(), now = new Date()): SaveReportResult {
  if (!storage) return { ok: false, reason: 'no-storage' };
  const kept = normalizeReportName(name);
  if (!kept) return { ok: false, reason: 'no-name' };
  const reports = loadReports(storage).filter((r) => r.name !== kept);
  reports.push({ name: kept, savedAt: now.toISOString(), facts });
  return write(storage, reports.slice(-MAX_KEPT_REPORTS));
}

export function removeReport(name: string, storage: StorageLike | null = defaultStorage()): SaveReportResult {
  if (!storage) return { ok: false, reason: 'no-storage' };
  return write(storage, loadReports(storage).filter((r) => r.name !== name));
}

/** Calls back when kept reports change, in this tab or another; returns the unsubscribe. */
export function subscribeReports(callback: () => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === REPORTS_STORAGE_KEY) callback();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(REPORTS_CHANGED_EVENT, callback);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(REPORTS_CHANGED_EVENT, callback);
  };
}
