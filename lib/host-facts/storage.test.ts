import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materializeHostFixture, type MaterializedHost } from '../../test/helpers/host-fixtures';
import { collectHostFacts } from '../server/collect/host-facts';
import type { HostFacts } from './schema';
import {
  loadKeptFacts,
  MAX_KEPT_FACTS,
  normalizeKeptName,
  removeKeptFacts,
  KEPT_FACTS_STORAGE_KEY,
  keepFacts,
  suggestKeptName,
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

describe('kept host facts', () => {
  it('keeps, lists, replaces by name and removes', () => {
    const s = new MemoryStorage();
    expect(loadKeptFacts(s)).toEqual([]);
    expect(keepFacts('  prod   box ', facts, s, new Date('2026-01-01T00:00:00Z'))).toMatchObject({ ok: true });
    expect(keepFacts('ci runner', facts, s)).toMatchObject({ ok: true });
    expect(loadKeptFacts(s).map((r) => r.name)).toEqual(['prod box', 'ci runner']);
    expect(loadKeptFacts(s)[0]).toMatchObject({ savedAt: '2026-01-01T00:00:00.000Z', facts });
    keepFacts('prod box', facts, s);
    expect(loadKeptFacts(s).map((r) => r.name)).toEqual(['ci runner', 'prod box']);
    removeKeptFacts('ci runner', s);
    expect(loadKeptFacts(s).map((r) => r.name)).toEqual(['prod box']);
    removeKeptFacts('prod box', s);
    expect(s.items.has(KEPT_FACTS_STORAGE_KEY)).toBe(false);
  });

  it('drops what no longer validates instead of failing', () => {
    const s = new MemoryStorage();
    keepFacts('good', facts, s);
    const list = JSON.parse(s.getItem(KEPT_FACTS_STORAGE_KEY)!);
    list.push({ name: 'edited', savedAt: 'x', facts: { ...facts, schemaVersion: 99 } }, 'junk', null, { name: 5 });
    s.setItem(KEPT_FACTS_STORAGE_KEY, JSON.stringify(list));
    expect(loadKeptFacts(s).map((r) => r.name)).toEqual(['good']);
    s.setItem(KEPT_FACTS_STORAGE_KEY, '{not json');
    expect(loadKeptFacts(s)).toEqual([]);
  });

  it('refuses an empty name, reports a full storage, keeps at most MAX_KEPT_FACTS', () => {
    const s = new MemoryStorage();
    expect(keepFacts('   ', facts, s)).toEqual({ ok: false, reason: 'no-name' });
    for (let i = 0; i < MAX_KEPT_FACTS + 3; i++) keepFacts(`host ${i}`, facts, s);
    const names = loadKeptFacts(s).map((r) => r.name);
    expect(names).toHaveLength(MAX_KEPT_FACTS);
    expect(names[0]).toBe('host 3');
    s.failWrites = true;
    expect(keepFacts('one more', facts, s)).toEqual({ ok: false, reason: 'quota' });
    expect(keepFacts('x', facts, null)).toEqual({ ok: false, reason: 'no-storage' });
  });

  it('names: normalized and suggested from the facts', () => {
    expect(normalizeKeptName(` a\n\tb ${'x'.repeat(200)}`)).toHaveLength(80);
    expect(suggestKeptName(facts)).toBe('Alpine Linux v3.20 · 6.1.0-18-amd64');
  });
});
