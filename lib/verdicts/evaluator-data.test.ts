import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materializeHostFixture, HOST_FIXTURES, type MaterializedHost } from '../../test/helpers/host-fixtures';
import { loadCatalog } from '../server/catalog';
import { createCatalogIndex } from '../catalog/lookup';
import { loadContent } from '../server/content/load-content';
import type { FeatureRecord } from '../features/types';
import { collectHostFacts } from '../server/collect/host-facts';
import { buildHostVerdicts } from './host-verdicts';
import { wantedNames } from '../host-facts/wanted';
import type { HostFacts } from '../host-facts/schema';
import { conventionalBtf, fromEvaluatorData, toEvaluatorData } from './evaluator-data';
import { evaluateProgramTypeCalls } from './program-types';

const catalog = loadCatalog();
const entries = catalog.entries;
let records: FeatureRecord[];
const hosts: MaterializedHost[] = [];
const facts: HostFacts[] = [];
const now = new Date('2026-01-01T00:00:00Z');

beforeAll(async () => {
  records = (await loadContent(createCatalogIndex(catalog))).records;
  const wants = wantedNames(records, entries);
  for (const name of HOST_FIXTURES) {
    const host = await materializeHostFixture(name);
    hosts.push(host);
    facts.push(await collectHostFacts({ roots: host.roots, io: host.io, ...wants, now: () => now }));
  }
}, 60_000);
afterAll(() => Promise.all(hosts.map((h) => h.cleanup())));

describe('evaluator data for the browser', () => {
  it('evaluates every fixture host exactly as the full records and catalog do', () => {
    const lean = fromEvaluatorData(JSON.parse(JSON.stringify(toEvaluatorData({ features: records, entries }))));
    expect(lean.entries).toHaveLength(entries.length);
    // Config gates travel too, one-variant gates as bare option lists.
    const gates = (list: typeof entries) => list.filter((e) => e.configGate).map((e) => [e.name, e.configGate]);
    expect(gates(lean.entries as typeof entries)).toEqual(gates(entries));
    expect(gates(entries).length).toBeGreaterThan(40);
    for (const f of facts) {
      const full = buildHostVerdicts(f, records, entries, now);
      const browser = buildHostVerdicts(f, lean.features, lean.entries, now);
      const byKey = (r: typeof full) => new Map(r.features.map((i) => [`${i.kind}:${i.id}`, i]));
      expect(byKey(browser)).toEqual(byKey(full));
      expect(browser.coverage).toEqual(full.coverage);
      expect(browser.checks).toEqual(full.checks);
    }
  });

  it('leaves out BTF evidence the naming convention gives, and keeps any other', () => {
    const odd = {
      ...entries.find((e) => e.kind === 'helper')!,
      name: 'bpf_odd',
      btf: { enum: 'bpf_func_id' as const, member: 'BPF_FUNC_renamed' },
    };
    const data = toEvaluatorData({ features: [], entries: [entries[0]!, odd] });
    expect(data.catalog.helper.find(([name]) => name === 'bpf_odd')).toEqual(['bpf_odd', odd.kernel, odd.btf]);
    expect(fromEvaluatorData(data).entries.find((e) => e.name === 'bpf_odd')!.btf).toEqual(odd.btf);
    expect(conventionalBtf('helper', 'bpf_ima_inode_hash')).toEqual({ enum: 'bpf_func_id', member: 'BPF_FUNC_ima_inode_hash' });
    expect(conventionalBtf('kfunc', 'bpf_task_acquire')).toEqual({ func: 'bpf_task_acquire' });
    expect(conventionalBtf('map-type', 'BPF_MAP_TYPE_RINGBUF')).toEqual({ enum: 'bpf_map_type', member: 'BPF_MAP_TYPE_RINGBUF' });
  });

  it('gives the program-type view the same answers as the server, on every fixture host and program type', () => {
    const lean = fromEvaluatorData(
      JSON.parse(JSON.stringify(toEvaluatorData({ features: records, entries, programHelpers: catalog.programHelpers }))),
    );
    const full = { entries, programHelpers: catalog.programHelpers ?? {} };
    const types = entries.filter((e) => e.kind === 'program-type').map((e) => e.name);
    expect(Object.keys(lean.programHelpers).sort()).toEqual(Object.keys(full.programHelpers).sort());
    for (const f of facts) {
      for (const type of types) {
        expect(evaluateProgramTypeCalls(type, lean, f), type).toEqual(evaluateProgramTypeCalls(type, full, f));
      }
    }
  });

  it('stays lean: no prose, no sources; under 36 kB of JSON without the program types’ helper lists, 64 kB with them (12 kB gzipped)', () => {
    const json = JSON.stringify(toEvaluatorData({ features: records, entries }));
    expect(json).not.toMatch(/docs\.ebpf\.io|github\.com|"body"|"sources"/);
    expect(json.length).toBeLessThan(36 * 1024);
    expect(gzipSync(json).length).toBeLessThan(10 * 1024);
    // ~3,300 (type, helper) pairs as helper indexes, with the data's conditions: ~2 kB more gzipped.
    const withLists = JSON.stringify(toEvaluatorData({ features: records, entries, programHelpers: catalog.programHelpers }));
    expect(withLists.length).toBeLessThan(64 * 1024);
    expect(gzipSync(withLists).length).toBeLessThan(12 * 1024);
  });
});
