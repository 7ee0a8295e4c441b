import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materializeHostFixture, type MaterializedHost } from '../../test/helpers/host-fixtures';
import { collectHostFacts } from '../server/collect/host-facts';
import type { HostFacts } from './schema';
import {
  loadReports,
  MAX_KEPT_REPORTS,
  normalizeReportName,
  removeReport,
  REPORTS_STORAGE_KEY,
  saveReport,
  suggestReportName,
} from './storage';

class MemoryStorage {
  items = new Map<string, string>();
  failWrites = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

let host: MaterializedHost;
let facts: HostFacts;
beforeAll(async () => {
  host = await materializeHostFixture('container');
  facts = await collectHostFacts({ roots: host.roots, io: host.io });
});
afterAll(() => host.cleanup());

describe('kept reports', () => {
  it('keeps, lists, replaces by name and removes', () => {
    const s = new MemoryStorage();
    expect(loadReports(s)).toEqual([]);
    expect(saveReport('  prod   box ', facts, s, new Date('2026-01-01T00:00:00Z'))).toMatchObject({ ok: true });
    expect(saveReport('ci runner', facts, s)).toMatchObject({ ok: true });
    expect(loadReports(s).map((r) => r.name)).toEqual(['prod box', 'ci runner']);
    expect(loadReports(s)[0]).toMatchObject({ savedAt: '2026-01-01T00:00:00.000Z', facts });
    saveReport('prod box', facts, s);
    expect(loadReports(s).map((r) => r.name)).toEqual(['ci runner', 'prod box']);
    removeReport('ci runner', s);
    expect(loadReports(s).map((r) => r.name)).toEqual(['prod box']);
    removeReport('prod box', s);
    expect(s.items.has(REPORTS_STORAGE_KEY)).toBe(false);
  });

  it('drops what no longer validates instead of failing', () => {
    const s = new MemoryStorage();
    saveReport('good', facts, s);
    const list = JSON.parse(s.getItem(REPORTS_STORAGE_KEY)!);
    list.push({ name: 'edited', savedAt: 'x', facts: { ...facts, schemaVersion: 99 } }, 'junk', null, { name: 5 });
    s.setItem(REPORTS_STORAGE_KEY, JSON.stringify(list));
    expect(loadReports(s).map((r) => r.name)).toEqual(['good']);
    s.setItem(REPORTS_STORAGE_KEY, '{not json');
    expect(loadReports(s)).toEqual([]);
  });

  it('refuses an empty name, reports a full storage, keeps at most MAX_KEPT_REPORTS', () => {
    const s = new MemoryStorage();
    expect(saveReport('   ', facts, s)).toEqual({ ok: false, reason: 'no-name' });
    for (let i = 0; i < MAX_KEPT_REPORTS + 3; i++) saveReport(`host ${i}`, facts, s);
    const names = loadReports(s).map((r) => r.name);
    expect(names).toHaveLength(MAX_KEPT_REPORTS);
    expect(names[0]).toBe('host 3');
    s.failWrites = true;
    expect(saveReport('one more', facts, s)).toEqual({ ok: false, reason: 'quota' });
    expect(saveReport('x', facts, null)).toEqual({ ok: false, reason: 'no-storage' });
  });

  it('names: normalized and suggested from the report', () => {
    expect(normalizeReportName(` a\n\tb ${'x'.repeat(200)}`)).toHaveLength(80);
    expect(suggestReportName(facts)).toBe('Alpine Linux v3.20 · 6.1.0-18-amd64');
  });
});
