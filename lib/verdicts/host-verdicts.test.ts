import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../server/catalog';
import { parseDetectRules } from '../features/detect';
import type { FeatureRecord } from '../features/types';
import type { HostFacts } from '../host-facts/schema';
import { materializeHostFixture, type HostFixtureName, type MaterializedHost } from '../../test/helpers/host-fixtures';
import { collectHostFacts } from '../server/collect/host-facts';
import { coreReadiness } from './core-readiness';
import { CONFIG_CHECKS } from './checks';
import { buildHostVerdicts } from './host-verdicts';
import { wantedNames } from '../host-facts/wanted';

const record: FeatureRecord = {
  id: 'bpf-ima-inode-hash',
  issue: 2,
  order: 0,
  landing: { component: 'linux', version: '5.11' },
  kernel: '5.11',
  categories: [],
  helpers: [],
  apis: [],
  explainers: [],
  detect: parseDetectRules('btf:BPF_FUNC_ima_inode_hash config:CONFIG_IMA lsm:bpf'),
  text: { en: { title: 'ima', body: '' } },
};
const entries = loadCatalog().entries;
const hosts: MaterializedHost[] = [];
const facts = {} as Record<HostFixtureName, HostFacts>;

beforeAll(async () => {
  const wants = wantedNames([record], entries);
  for (const name of ['linux-6x', 'linux-419', 'rhel8-418', 'container'] as const) {
    const host = await materializeHostFixture(name);
    hosts.push(host);
    facts[name] = await collectHostFacts({ roots: host.roots, ...wants, now: () => new Date('2024-05-01T00:00:00Z') });
  }
});
afterAll(() => Promise.all(hosts.map((h) => h.cleanup())));

const verdicts = (name: HostFixtureName) => buildHostVerdicts(facts[name], [record], entries, new Date('2024-05-01T00:00:05Z'));

describe('buildHostVerdicts', () => {
  it('summarizes the host and keeps the two times', () => {
    const r = verdicts('linux-6x');
    expect(r).toMatchObject({
      supported: true,
      version: 1,
      collectedAt: '2024-05-01T00:00:00.000Z',
      generatedAt: '2024-05-01T00:00:05.000Z',
    });
    expect(r.host).toMatchObject({ kernel: '6.8.0-45-generic', btf: true, bpfLsmActive: true, kernelConfig: '/proc/config.gz' });
    expect(r.host.capabilities).not.toBeNull();
    expect(r.features).toHaveLength(1 + entries.length);
  });

  it('names a few config options, never the config', () => {
    const r = verdicts('linux-419');
    const json = JSON.stringify(r);
    const config = facts['linux-419'].facts.kernelConfig;
    expect(config.status).toBe('ok');
    const all = Object.keys(config.value ?? {});
    expect(all.length).toBeGreaterThan(CONFIG_CHECKS.length + 1);
    const shown = all.filter((o) => json.includes(`${o}"`) || json.includes(`${o}=`) || json.includes(`${o} `));
    // The checks, a detection rule's option, and the options that build a program or map type (its gate).
    const gated = new Set(entries.flatMap((e) => e.configGate?.flatMap((g) => g.options) ?? []));
    expect(shown.filter((o) => !(CONFIG_CHECKS as readonly string[]).includes(o) && o !== 'CONFIG_IMA' && !gated.has(o))).toEqual([]);
    expect(r.checks.filter((c) => c.id.startsWith('CONFIG_')).map((c) => c.id)).toEqual([...CONFIG_CHECKS]);
    expect(json).not.toMatch(/cmdline"\s*:/);
    expect(json).not.toContain('"facts"');
  });

  it('says where each kind stands', () => {
    expect(verdicts('linux-419').coverage.kfunc).toMatchObject({ supported: 0, unknown: 0 });
    expect(verdicts('rhel8-418').coverage.helper.supported).toBeGreaterThan(verdicts('linux-419').coverage.helper.supported);
  });
});

describe('coreReadiness', () => {
  const statuses = (name: HostFixtureName) => Object.fromEntries(coreReadiness(verdicts(name)).map((i) => [i.id, i.status]));

  it('a 6.x host with BTF and config is ready', () => {
    expect(statuses('linux-6x')).toMatchObject({ kernel_btf: 'pass', config_btf: 'pass', modules_btf: 'pass', bpf_syscall: 'pass' });
  });

  it('4.19 without BTF is not', () => {
    expect(statuses('linux-419')).toMatchObject({ kernel_btf: 'fail', config_btf: 'fail', modules_btf: 'fail' });
  });

  it('a container without the config: BTF present implies CONFIG_DEBUG_INFO_BTF; module BTF stays unknown', () => {
    const s = statuses('container');
    expect(s).toMatchObject({ kernel_btf: 'pass', config_btf: 'pass', bpf_syscall: 'pass' });
    expect(['pass', 'unknown']).toContain(s.modules_btf);
  });

  it('names the checks that decided each item', () => {
    for (const item of coreReadiness(verdicts('linux-6x'))) expect(item.checks.length, item.id).toBeGreaterThan(0);
  });
});
