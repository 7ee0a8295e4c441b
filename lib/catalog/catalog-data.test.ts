/** Checks the committed data/catalog.json itself (regenerate with `npm run import-catalog`). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersionStrings, isMajorMinor } from '../kernel/version';
import { loadCatalog } from '../server/catalog';
import { createCatalogIndex } from './lookup';
import { CATALOG_KINDS } from './types';

const catalog = loadCatalog();
const index = createCatalogIndex(catalog);

describe('data/catalog.json', () => {
  it('has bpf_ima_inode_hash as a 5.11 helper with its commit', () => {
    const e = index.byName('bpf_ima_inode_hash');
    expect(e).toMatchObject({ kind: 'helper', kernel: '5.11', btf: { enum: 'bpf_func_id', member: 'BPF_FUNC_ima_inode_hash' } });
    expect(e!.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(e!.commitUrl).toBe(`https://github.com/torvalds/linux/commit/${e!.commit}`);
    expect(e!.programTypes).toContain('BPF_PROG_TYPE_LSM');
  });

  it('checks helper versions against the order of helper ids: bpf_get_prandom_u32 (id 7) is 4.1, as bcc says', () => {
    expect(index.byName('bpf_get_prandom_u32')).toMatchObject({
      kernel: '4.1',
      versionOrder: { kept: 'bcc', rule: 'order', id: 7, previous: { kernel: '4.1' }, next: { kernel: '4.1' } },
    });
    // Every helper with an id now follows the order: a version never below a lower id's.
    const ids = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'data/helper-prototypes.json'), 'utf8')).helpers as Record<
      string,
      { id: number }
    >;
    const ordered = index
      .byKind('helper')
      .filter((e) => ids[e.name])
      .sort((a, b) => ids[a.name]!.id - ids[b.name]!.id);
    for (let i = 1; i < ordered.length; i++) {
      expect(compareVersionStrings(ordered[i - 1]!.kernel, ordered[i]!.kernel), ordered[i]!.name).toBeLessThanOrEqual(0);
    }
  });

  it('checks program types against their enum order too: SYSCALL (ebpf-docs 5.14, bcc 5.15) keeps ebpf-docs, both fit', () => {
    expect(index.byName('BPF_PROG_TYPE_SYSCALL')).toMatchObject({
      kernel: '5.14',
      versionOrder: { kept: 'ebpf-docs', rule: 'precedence' },
    });
  });

  it('gates LIRC_MODE2 on CONFIG_BPF_LIRC_MODE2 and sockmap on the option of its kernel', () => {
    expect(index.byName('BPF_PROG_TYPE_LIRC_MODE2')?.configGate).toEqual([{ options: ['CONFIG_BPF_LIRC_MODE2'] }]);
    expect(index.byName('BPF_MAP_TYPE_SOCKMAP')?.configGate?.map((g) => g.options.at(-1))).toEqual([
      'CONFIG_BPF_STREAM_PARSER',
      'CONFIG_INET',
    ]);
  });

  it('has BPF_MAP_TYPE_RINGBUF from 5.8', () => {
    expect(index.byName('BPF_MAP_TYPE_RINGBUF')).toMatchObject({ kind: 'map-type', kernel: '5.8' });
  });

  it('has a non-trivial number of each kind', () => {
    expect(index.byKind('helper').length).toBeGreaterThan(200);
    expect(index.byKind('program-type').length).toBeGreaterThan(30);
    expect(index.byKind('map-type').length).toBeGreaterThan(30);
    expect(index.byKind('attach-type').length).toBeGreaterThan(40);
    expect(index.byKind('kfunc').length).toBeGreaterThan(250);
    expect(catalog.kernelFeatures?.length).toBeGreaterThan(100);
  });

  it('gives every entry an X.Y kernel, BTF evidence, a docs page and known sources', () => {
    for (const e of catalog.entries) {
      const where = `${e.kind} ${e.name}`;
      expect(CATALOG_KINDS, where).toContain(e.kind);
      expect(isMajorMinor(e.kernel), where).toBe(true);
      expect(e.btf, where).toBeTruthy();
      expect('func' in e.btf ? e.btf.func : e.btf.member, where).toBeTruthy();
      expect(e.docsUrl, where).toMatch(/^https:\/\/docs\.ebpf\.io\/linux\//);
      expect(e.sources.length, where).toBeGreaterThan(0);
      for (const s of e.sources) expect(isMajorMinor(s.kernel), where).toBe(true);
      if (e.kind === 'kfunc') expect(Array.isArray(e.flags), where).toBe(true);
    }
    for (const f of catalog.kernelFeatures ?? []) expect(isMajorMinor(f.kernel), f.name).toBe(true);
  });

  it('flags exactly the entries whose sources disagree on the version', () => {
    for (const e of catalog.entries) {
      const versions = new Set(e.sources.map((s) => s.kernel));
      expect(e.disagreement !== null, `${e.kind} ${e.name}`).toBe(versions.size > 1);
    }
  });

  it('has unique names, sorted by kind then name', () => {
    const keys = catalog.entries.map((e) => `${CATALOG_KINDS.indexOf(e.kind)} ${e.name}`);
    expect(new Set(catalog.entries.map((e) => e.name)).size).toBe(catalog.entries.length);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('names its sources and ships their license texts', () => {
    expect(new Set(catalog.sources.map((s) => s.name))).toEqual(new Set(['ebpf-docs', 'bcc']));
    for (const s of catalog.sources) {
      expect(s.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(fs.existsSync(path.join(process.cwd(), s.licenseFile)), s.licenseFile).toBe(true);
    }
  });
});
