import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDetectRules } from '../features/detect';
import type { FeatureRecord, Landing } from '../features/types';
import type { CatalogEntry } from '../catalog/types';
import type { HostFacts } from '../host-facts/schema';
import { collectHostFacts } from '../server/collect/host-facts';
import { EVIDENCE_CODES, evidenceText } from './evidence';
import { evaluateAll, evaluateCatalogEntry, evaluateFeature, evaluateRules } from './evaluate';
import { wantedNames } from '../host-facts/wanted';
import {
  materializeHostFixture,
  type HostFixtureFault,
  type HostFixtureName,
  type MaterializedHost,
} from '../../test/helpers/host-fixtures';

function feature(id: string, detect: string, version: string, component: Landing['component'] = 'linux'): FeatureRecord {
  return {
    id,
    issue: 1,
    order: 0,
    landing: { component, version } as Landing,
    kernel: component === 'linux' ? version : null,
    categories: [],
    helpers: [],
    apis: [],
    explainers: [],
    detect: parseDetectRules(detect),
    text: { en: { title: id, body: '' } },
  };
}

const FEATURES = {
  ima: feature('ima', 'btf:BPF_FUNC_ima_inode_hash config:CONFIG_IMA lsm:bpf', '5.11'),
  ringbuf: feature('ringbuf', 'btf:BPF_FUNC_ringbuf_output', '5.8'),
  kfunc: feature('kfunc', 'btf:bpf_task_acquire', '6.2'),
  versionOnly: feature('version-only', '', '5.11'),
  bpfLsm: feature('bpf-lsm', 'config:CONFIG_BPF_LSM lsm:bpf', '5.7'),
  stats: feature('stats', 'sysctl:kernel.bpf_stats_enabled', '5.8'),
  bpffs: feature('bpffs', 'path:/sys/fs/bpf', '4.4'),
  libbpf: feature('libbpf-thing', '', '1.0', 'libbpf'),
  // Rules naming only a prerequisite older than the feature (SO_PREFER_BUSY_POLL, 5.11).
  busyPoll: feature('busy-poll', 'sysctl:net.core.busy_poll', '5.11'),
  cgroupSockopt: feature('cgroup-sockopt', 'config:CONFIG_CGROUP_BPF', '5.11'),
  // A struct member and an enumerator (of an anonymous enum) in the kernel's BTF.
  sleepable: feature('sleepable', 'member:bpf_prog_aux.sleepable kernel:5.10', '5.10'),
  btfFloat: feature('btf-float', 'enum:BTF_KIND_FLOAT kernel:5.13', '5.13'),
};
type FeatureKey = keyof typeof FEATURES;

function entry(kind: CatalogEntry['kind'], name: string, kernel: string, btf: CatalogEntry['btf']): CatalogEntry {
  return { kind, name, kernel, commit: null, commitUrl: null, sources: [], disagreement: null, btf, programTypes: [], docsUrl: '' };
}
const CATALOG = {
  imaHelper: entry('helper', 'bpf_ima_inode_hash', '5.11', { enum: 'bpf_func_id', member: 'BPF_FUNC_ima_inode_hash' }),
  ringbufHelper: entry('helper', 'bpf_ringbuf_output', '5.8', { enum: 'bpf_func_id', member: 'BPF_FUNC_ringbuf_output' }),
  ringbufMap: entry('map-type', 'BPF_MAP_TYPE_RINGBUF', '5.8', { enum: 'bpf_map_type', member: 'BPF_MAP_TYPE_RINGBUF' }),
  lsmProg: entry('program-type', 'BPF_PROG_TYPE_LSM', '5.7', { enum: 'bpf_prog_type', member: 'BPF_PROG_TYPE_LSM' }),
  syscallProg: entry('program-type', 'BPF_PROG_TYPE_SYSCALL', '5.14', { enum: 'bpf_prog_type', member: 'BPF_PROG_TYPE_SYSCALL' }),
  tcx: entry('attach-type', 'BPF_TCX_INGRESS', '6.6', { enum: 'bpf_attach_type', member: 'BPF_TCX_INGRESS' }),
  taskAcquire: entry('kfunc', 'bpf_task_acquire', '6.2', { func: 'bpf_task_acquire' }),
  notAsked: entry('kfunc', 'bpf_not_asked', '6.9', { func: 'bpf_not_asked' }),
  // In BTF only as bpf_obj_new_impl: the name programs use is a macro over it.
  objNew: entry('kfunc', 'bpf_obj_new', '6.2', { func: 'bpf_obj_new' }),
};

/** Program and map types with config gates (data/config-gates.yaml). */
const GATED = {
  lirc: {
    ...entry('program-type', 'BPF_PROG_TYPE_LIRC_MODE2', '4.18', { enum: 'bpf_prog_type', member: 'BPF_PROG_TYPE_LIRC_MODE2' }),
    configGate: [{ options: ['CONFIG_BPF_LIRC_MODE2'] }],
  },
  lsm: {
    ...entry('program-type', 'BPF_PROG_TYPE_LSM', '5.7', { enum: 'bpf_prog_type', member: 'BPF_PROG_TYPE_LSM' }),
    configGate: [{ options: ['CONFIG_BPF_JIT', 'CONFIG_BPF_LSM'] }],
  },
  sockmap: {
    ...entry('map-type', 'BPF_MAP_TYPE_SOCKMAP', '4.14', { enum: 'bpf_map_type', member: 'BPF_MAP_TYPE_SOCKMAP' }),
    configGate: [
      { options: ['CONFIG_NET', 'CONFIG_BPF_STREAM_PARSER'], before: '5.15' },
      { options: ['CONFIG_NET', 'CONFIG_INET'], since: '5.15' },
    ],
  },
} satisfies Record<string, CatalogEntry>;

const wants = wantedNames(
  Object.values(FEATURES),
  Object.values(CATALOG).filter((e) => e !== CATALOG.notAsked),
);
const hosts: MaterializedHost[] = [];
const facts = {} as Record<HostFixtureName | 'lsm-built-inactive', HostFacts>;

async function collectFixture(name: HostFixtureName, faults: HostFixtureFault[] = []) {
  const host = await materializeHostFixture(name, { faults });
  hosts.push(host);
  return collectHostFacts({ roots: host.roots, io: host.io, ...wants });
}

beforeAll(async () => {
  for (const name of ['linux-6x', 'linux-419', 'rhel8-418', 'container'] as const) facts[name] = await collectFixture(name);
  // linux-6x with CONFIG_BPF_LSM=y but bpf left out of the active LSMs.
  facts['lsm-built-inactive'] = await collectFixture('linux-6x', [
    { kind: 'write', path: 'sys/kernel/security/lsm', content: 'lockdown,capability,landlock,yama,apparmor' },
  ]);
});
afterAll(async () => {
  await Promise.all(hosts.map((h) => h.cleanup()));
});

const codes = (e: { evidence: { code: string }[] }) => e.evidence.map((x) => x.code);

describe('evaluateFeature: verdict table over the fixture hosts', () => {
  const table: [FeatureKey, keyof typeof facts, string, string[]][] = [
    // A modern host with BTF and config: evidence decides, the version agrees.
    ['ima', 'linux-6x', 'supported', ['btf.enum_member', 'config.set', 'lsm.active', 'kernel.at_least']],
    ['ringbuf', 'linux-6x', 'supported', ['btf.enum_member', 'kernel.at_least']],
    ['kfunc', 'linux-6x', 'supported', ['btf.function', 'kernel.at_least']],
    ['versionOnly', 'linux-6x', 'supported', ['kernel.by_version_only']],
    ['bpfLsm', 'linux-6x', 'supported', ['config.set', 'lsm.active', 'kernel.at_least']],
    ['stats', 'linux-6x', 'supported', ['sysctl.exists', 'kernel.at_least']],
    ['bpffs', 'linux-6x', 'supported', ['path.exists', 'kernel.at_least']],
    ['libbpf', 'linux-6x', 'unknown', ['userspace.unknown']],
    // 4.19 without BTF: config and LSM still decide; BTF-only features fall back to the version.
    ['ima', 'linux-419', 'unsupported', ['btf.absent', 'config.not_set', 'lsm.inactive', 'kernel.below']],
    ['ringbuf', 'linux-419', 'unsupported', ['btf.absent', 'kernel.by_version_only']],
    ['kfunc', 'linux-419', 'unsupported', ['btf.absent', 'kernel.by_version_only']],
    ['versionOnly', 'linux-419', 'unsupported', ['kernel.by_version_only']],
    ['bpfLsm', 'linux-419', 'unsupported', ['config.not_set', 'lsm.inactive', 'kernel.below']],
    ['stats', 'linux-419', 'unsupported', ['sysctl.missing', 'kernel.below']],
    ['bpffs', 'linux-419', 'supported', ['path.exists', 'kernel.at_least']],
    // RHEL 8's 4.18 with backports: BTF overrules the version, both ways.
    ['ringbuf', 'rhel8-418', 'supported', ['btf.enum_member', 'kernel.backported']],
    ['ima', 'rhel8-418', 'unsupported', ['btf.enum_member_missing', 'config.set', 'lsm.inactive', 'kernel.below']],
    ['kfunc', 'rhel8-418', 'unsupported', ['btf.function_missing', 'kernel.below']],
    ['versionOnly', 'rhel8-418', 'unsupported', ['kernel.by_version_only']],
    // A container: no config, LSMs from lsm= — partial evidence is not enough for a verdict.
    ['ima', 'container', 'unknown', ['btf.enum_member', 'config.unknown', 'lsm.active', 'kernel.at_least']],
    ['bpfLsm', 'container', 'unknown', ['config.unknown', 'lsm.active', 'kernel.at_least']],
    ['ringbuf', 'container', 'supported', ['btf.enum_member', 'kernel.at_least']],
    ['kfunc', 'container', 'unsupported', ['btf.function_missing', 'kernel.below']],
    ['bpffs', 'container', 'unsupported', ['path.missing', 'kernel.contradicted']],
    // A prerequisite that holds does not make an old kernel new: only BTF evidence makes a backport.
    ['busyPoll', 'linux-419', 'unsupported', ['sysctl.exists', 'kernel.below']],
    ['cgroupSockopt', 'linux-419', 'unsupported', ['config.set', 'kernel.below']],
    ['busyPoll', 'rhel8-418', 'unsupported', ['sysctl.exists', 'kernel.below']],
    ['busyPoll', 'linux-6x', 'supported', ['sysctl.exists', 'kernel.at_least']],
    ['cgroupSockopt', 'linux-6x', 'supported', ['config.set', 'kernel.at_least']],
    // Struct members and enumerators: found, missing, or no BTF to look in.
    ['sleepable', 'linux-6x', 'supported', ['btf.struct_member', 'kernel.at_least']],
    ['btfFloat', 'linux-6x', 'supported', ['btf.enumerator', 'kernel.at_least']],
    ['sleepable', 'rhel8-418', 'unsupported', ['btf.struct_member_missing', 'kernel.below']],
    ['btfFloat', 'rhel8-418', 'unsupported', ['btf.enumerator_missing', 'kernel.below']],
    ['sleepable', 'linux-419', 'unsupported', ['btf.absent', 'kernel.by_version_only']],
    ['btfFloat', 'linux-419', 'unsupported', ['btf.absent', 'kernel.by_version_only']],
    // CONFIG_BPF_LSM=y, bpf not active.
    ['bpfLsm', 'lsm-built-inactive', 'unsupported', ['config.set', 'lsm.built_inactive', 'kernel.contradicted']],
    ['ima', 'lsm-built-inactive', 'unsupported', ['btf.enum_member', 'config.set', 'lsm.built_inactive', 'kernel.contradicted']],
  ];

  it.each(table)('%s on %s → %s', (key, host, verdict, expected) => {
    const result = evaluateFeature(FEATURES[key], facts[host]);
    expect(result.verdict).toBe(verdict);
    expect(codes(result)).toEqual(expected);
  });

  it('a member or enumerator the collector was not asked about is unknown, not missing', () => {
    const result = evaluateRules(parseDetectRules('member:task_struct.pid enum:NOT_ASKED'), facts['linux-6x']);
    expect(result.verdict).toBe('unknown');
    expect(codes(result)).toEqual(['btf.not_checked', 'btf.not_checked']);
  });

  it('says why, in sentences', () => {
    const text = (key: FeatureKey, host: keyof typeof facts) => evaluateFeature(FEATURES[key], facts[host]).evidence.map((e) => e.text);
    expect(text('ima', 'linux-6x')).toEqual([
      'BTF enum bpf_func_id has BPF_FUNC_ima_inode_hash',
      'CONFIG_IMA=y',
      'bpf is among the active LSMs (lockdown,capability,landlock,yama,apparmor,bpf)',
      'kernel 6.8 ≥ 5.11',
    ]);
    expect(text('ringbuf', 'rhel8-418')).toEqual([
      'BTF enum bpf_func_id has BPF_FUNC_ringbuf_output',
      'kernel 4.18 < 5.8 by version, but BTF has BPF_FUNC_ringbuf_output: backported',
    ]);
    expect(text('versionOnly', 'linux-419')).toEqual(['no BTF; kernel 4.19 < 5.11 (by version only)']);
    expect(text('versionOnly', 'rhel8-418')).toEqual(['kernel 4.18 < 5.11 (by version only)']);
    expect(text('ringbuf', 'linux-419')).toEqual([
      'no BTF: BPF_FUNC_ringbuf_output cannot be checked',
      'no BTF; kernel 4.19 < 5.8 (by version only)',
    ]);
    expect(text('bpfLsm', 'lsm-built-inactive')).toEqual([
      'CONFIG_BPF_LSM=y',
      'CONFIG_BPF_LSM=y but bpf is not among the active LSMs: the helper exists, LSM programs cannot attach',
      'kernel 6.8 ≥ 5.7 by version, but the bpf LSM is not active',
    ]);
    expect(text('ima', 'container')).toEqual([
      'BTF enum bpf_func_id has BPF_FUNC_ima_inode_hash',
      'kernel config unavailable (/boot/config-6.1.0-18-amd64: ENOENT; /proc/config.gz: ENOENT): CONFIG_IMA cannot be checked',
      'bpf is among the active LSMs (landlock,lockdown,yama,apparmor,bpf, from lsm= on the kernel command line)',
      'kernel 6.1 ≥ 5.11',
    ]);
    expect(text('bpffs', 'container')).toEqual([
      '/sys/fs/bpf does not exist',
      'kernel 6.1 ≥ 4.4 by version, but /sys/fs/bpf does not exist',
    ]);
  });

  it("compares against a release given in the context instead of the host's", () => {
    const result = evaluateFeature(FEATURES.versionOnly, facts['linux-419'], { kernelRelease: '6.1.0' });
    expect(result).toMatchObject({ verdict: 'supported', evidence: [{ text: 'no BTF; kernel 6.1 ≥ 5.11 (by version only)' }] });
  });
});

describe('evaluateCatalogEntry: automatic rules', () => {
  const table: [keyof typeof CATALOG, keyof typeof facts, string, string[]][] = [
    ['imaHelper', 'linux-6x', 'supported', ['btf.enum_member', 'kernel.at_least']],
    ['imaHelper', 'rhel8-418', 'unsupported', ['btf.enum_member_missing', 'kernel.below']],
    ['imaHelper', 'linux-419', 'unsupported', ['btf.absent', 'kernel.by_version_only']],
    ['ringbufHelper', 'rhel8-418', 'supported', ['btf.enum_member', 'kernel.backported']],
    ['ringbufMap', 'rhel8-418', 'supported', ['btf.enum_member', 'kernel.backported']],
    ['lsmProg', 'rhel8-418', 'supported', ['btf.enum_member', 'kernel.backported']],
    ['syscallProg', 'rhel8-418', 'unsupported', ['btf.enum_member_missing', 'kernel.below']],
    ['tcx', 'linux-6x', 'supported', ['btf.enum_member', 'kernel.at_least']],
    ['tcx', 'container', 'unsupported', ['btf.enum_member_missing', 'kernel.below']],
    // linux-6x tags its kfuncs (DECL_TAG bpf_kfunc): the tag decides.
    ['taskAcquire', 'linux-6x', 'supported', ['btf.kfunc', 'kernel.at_least']],
    ['taskAcquire', 'rhel8-418', 'unsupported', ['btf.function_missing', 'kernel.below']],
    // A kfunc nobody asked the collector about: BTF cannot say, so the version does, labelled.
    ['notAsked', 'linux-6x', 'unsupported', ['btf.not_checked', 'kernel.by_version_only']],
  ];
  it.each(table)('%s on %s → %s', (key, host, verdict, expected) => {
    const result = evaluateCatalogEntry(CATALOG[key], facts[host]);
    expect(result.verdict).toBe(verdict);
    expect(codes(result)).toEqual(expected);
  });
});

describe('evaluateCatalogEntry: kfuncs as the kernel declares them', () => {
  const withBtf = (host: HostFacts, patch: Partial<Extract<HostFacts['facts']['btf']['value'], { present: true }>>): HostFacts => {
    const btf = host.facts.btf;
    if (btf.status !== 'ok' || !btf.value.present) throw new Error('fixture without BTF');
    return { ...host, facts: { ...host.facts, btf: { ...btf, value: { ...btf.value, ...patch } } } };
  };

  it('a kernel that tags kfuncs: tagged → supported, a function of that name without the tag → unsupported', () => {
    expect(evaluateCatalogEntry(CATALOG.taskAcquire, facts['linux-6x'])).toMatchObject({
      verdict: 'supported',
      evidence: [{ code: 'btf.kfunc', text: 'BTF tags bpf_task_acquire as a kfunc (bpf_kfunc)' }, { code: 'kernel.at_least' }],
    });
    const btf = facts['linux-6x'].facts.btf.value as { kfuncsTagged: string[] };
    const untagged = withBtf(facts['linux-6x'], { kfuncsTagged: btf.kfuncsTagged.filter((n) => n !== 'bpf_task_acquire') });
    const result = evaluateCatalogEntry(CATALOG.taskAcquire, untagged);
    expect(result.verdict).toBe('unsupported');
    expect(evidenceText(result.evidence[0]!, 'en')).toBe(
      'BTF has function bpf_task_acquire, but this kernel tags its kfuncs (bpf_kfunc) and not this one',
    );
  });

  it('finds a kfunc by its _impl name, tagged or (on a kernel without tags) by the function alone', () => {
    expect(evaluateCatalogEntry(CATALOG.objNew, facts['linux-6x'])).toMatchObject({
      verdict: 'supported',
      evidence: [{ code: 'btf.kfunc', params: { name: 'bpf_obj_new_impl' } }, { code: 'kernel.at_least' }],
    });
    const noTags = withBtf(facts['linux-6x'], { kfuncTagCount: 0, kfuncsTagged: [] });
    const result = evaluateCatalogEntry(CATALOG.objNew, noTags);
    expect(result.verdict).toBe('supported');
    expect(evidenceText(result.evidence[0]!, 'en')).toBe('BTF has function bpf_obj_new_impl, which bpf_obj_new is a macro over');
    // Facts from a collector older than the tags say nothing of them: the function's presence decides.
    const older = withBtf(facts['linux-6x'], { kfuncTagCount: undefined, kfuncsTagged: undefined });
    expect(codes(evaluateCatalogEntry(CATALOG.taskAcquire, older))).toEqual(['btf.function', 'kernel.at_least']);
  });

  it('asks the collector for both names of every kfunc', () => {
    const w = wantedNames([], [CATALOG.objNew, CATALOG.taskAcquire, CATALOG.imaHelper]);
    expect(w.wantedFunctions).toEqual(['bpf_obj_new', 'bpf_obj_new_impl', 'bpf_task_acquire', 'bpf_task_acquire_impl']);
  });
});

describe('evaluateCatalogEntry: config gates', () => {
  it('a type the BTF enum lists but whose option is not set is unsupported, saying why', () => {
    // linux-6x's BTF lists BPF_PROG_TYPE_LIRC_MODE2; its config says `# CONFIG_BPF_LIRC_MODE2 is not set`.
    const result = evaluateCatalogEntry(GATED.lirc, facts['linux-6x']);
    expect(result.verdict).toBe('unsupported');
    expect(result.evidence.map((e) => evidenceText(e, 'en'))).toEqual([
      'BTF enum bpf_prog_type has BPF_PROG_TYPE_LIRC_MODE2',
      'CONFIG_BPF_LIRC_MODE2 is not set',
      'kernel 6.8 ≥ 4.18 by version, but CONFIG_BPF_LIRC_MODE2 is not set',
    ]);
  });

  it('every option of the gate must be set: RHEL 8 has the LSM type in BTF (backport) but not CONFIG_BPF_LSM', () => {
    expect(codes(evaluateCatalogEntry(GATED.lsm, facts['linux-6x']))).toEqual([
      'btf.enum_member',
      'config.set',
      'config.set',
      'kernel.at_least',
    ]);
    const rhel = evaluateCatalogEntry(GATED.lsm, facts['rhel8-418']);
    expect(rhel.verdict).toBe('unsupported');
    expect(codes(rhel)).toEqual(['btf.enum_member', 'config.set', 'config.not_set', 'kernel.below']);
  });

  it('an unreadable config leaves the gate unknown, not supported', () => {
    const result = evaluateCatalogEntry(GATED.lirc, facts.container);
    expect(result.verdict).toBe('unknown');
    expect(codes(result)).toEqual(['btf.enum_member', 'config.unknown', 'kernel.at_least']);
  });

  it('the variant that applies follows the kernel release', () => {
    // 4.19: CONFIG_BPF_STREAM_PARSER; 6.8: CONFIG_INET (and the release given in the context wins).
    const old = evaluateCatalogEntry(GATED.sockmap, facts['linux-419']);
    expect(old.evidence.filter((e) => e.code.startsWith('config.')).map((e) => e.params.option)).toEqual([
      'CONFIG_NET',
      'CONFIG_BPF_STREAM_PARSER',
    ]);
    const now = evaluateCatalogEntry(GATED.sockmap, facts['linux-6x']);
    expect(now.verdict).toBe('supported');
    expect(now.evidence.filter((e) => e.code.startsWith('config.')).map((e) => e.params.option)).toEqual(['CONFIG_NET', 'CONFIG_INET']);
  });

  it('with the release unknown, a gate whose variant depends on it is unknown', () => {
    const noRelease: HostFacts = {
      ...facts['linux-6x'],
      facts: {
        ...facts['linux-6x'].facts,
        kernelRelease: { status: 'unknown', value: null, source: '/proc/sys/kernel/osrelease', reason: 'EACCES' },
      },
    };
    const result = evaluateCatalogEntry(GATED.sockmap, noRelease);
    expect(result.verdict).toBe('unknown');
    expect(codes(result)).toContain('config.gate_release_unknown');
    // A gate with one variant does not need the release.
    expect(codes(evaluateCatalogEntry(GATED.lirc, noRelease))).toContain('config.not_set');
  });
});

describe('evaluateRules: combining', () => {
  const rules = (s: string) => parseDetectRules(s);

  it('no rules at all → unknown', () => {
    expect(evaluateRules([], facts['linux-6x'])).toEqual({
      verdict: 'unknown',
      evidence: [{ code: 'rules.none', params: {}, text: 'no detection rules and no kernel version to go by' }],
    });
  });

  it('one decisive unsupported outweighs any number of supported', () => {
    const r = evaluateRules(rules('btf:BPF_FUNC_ringbuf_output config:CONFIG_BPF config:CONFIG_NOT_THERE'), facts['linux-6x']);
    expect(r.verdict).toBe('unsupported');
    expect(codes(r)).toEqual(['btf.enum_member', 'config.set', 'config.not_set']);
  });

  it('several version rules: all must hold', () => {
    expect(evaluateRules(rules('kernel:5.4 kernel:6.10'), facts['linux-6x'])).toMatchObject({
      verdict: 'unsupported',
      evidence: [{ text: 'kernel 6.8 ≥ 5.4 (by version only)' }, { text: 'kernel 6.8 < 6.10 (by version only)' }],
    });
  });

  it('an unknown release leaves a version-only rule unknown', () => {
    const noRelease: HostFacts = {
      ...facts['linux-419'],
      facts: {
        ...facts['linux-419'].facts,
        kernelRelease: { status: 'unknown', value: null, source: '/proc/sys/kernel/osrelease', reason: 'EACCES' },
      },
    };
    expect(evaluateRules(rules('kernel:5.11'), noRelease)).toMatchObject({
      verdict: 'unknown',
      evidence: [{ code: 'kernel.unknown', text: 'kernel release unknown (EACCES): cannot compare with 5.11' }],
    });
  });

  it('BTF names: enum members found in any enum, absent by prefix, unknown otherwise', () => {
    const host = facts['rhel8-418'];
    expect(codes(evaluateRules(rules('btf:BPF_CGROUP_INET_INGRESS'), host))).toEqual(['btf.enum_member']);
    expect(evaluateRules(rules('btf:BPF_MAP_CREATE'), host).evidence[0]!.text).toBe('BTF enum bpf_cmd has BPF_MAP_CREATE');
    expect(evaluateRules(rules('btf:BPF_PROG_TYPE_NETFILTER'), host)).toMatchObject({
      verdict: 'unsupported',
      evidence: [{ text: 'BTF enum bpf_prog_type has no BPF_PROG_TYPE_NETFILTER' }],
    });
    // An attach type or command newer than the kernel shares no prefix: cannot be told from "not looked up".
    expect(evaluateRules(rules('btf:BPF_TCX_INGRESS'), host)).toMatchObject({
      verdict: 'unknown',
      evidence: [{ code: 'btf.not_checked' }],
    });
  });

  it('an enum this kernel does not have at all', () => {
    const host = facts['linux-6x'];
    if (host.facts.btf.status !== 'ok' || !host.facts.btf.value.present) throw new Error('expected BTF');
    const { bpf_link_type: _, ...enums } = host.facts.btf.value.enums;
    const old: HostFacts = { ...host, facts: { ...host.facts, btf: { ...host.facts.btf, value: { ...host.facts.btf.value, enums } } } };
    expect(evaluateRules(rules('btf:BPF_LINK_TYPE_XDP'), old)).toMatchObject({
      verdict: 'unsupported',
      evidence: [{ code: 'btf.enum_missing', text: 'BTF has no enum bpf_link_type, so no BPF_LINK_TYPE_XDP' }],
    });
  });

  it('userspace versions come from ip -V (libbpf as linked by iproute2)', () => {
    const host = facts['linux-6x'];
    const withIp: HostFacts = {
      ...host,
      facts: { ...host.facts, iproute2: { status: 'ok', value: { version: '6.1.0', libbpf: '1.1.2' }, source: '/usr/sbin/ip -V' } },
    };
    expect(evaluateRules(rules('iproute2:6.0'), withIp)).toMatchObject({
      verdict: 'supported',
      evidence: [{ text: 'iproute2 6.1.0 ≥ 6.0' }],
    });
    expect(evaluateRules(rules('libbpf:1.2'), withIp)).toMatchObject({
      verdict: 'unsupported',
      evidence: [{ text: 'libbpf 1.1.2 (linked by iproute2) < 1.2' }],
    });
    // ip -V says nothing of bpftool: its own fact does (not run on a fixture root).
    expect(evaluateRules(rules('bpftool:7.0'), withIp)).toMatchObject({
      verdict: 'unknown',
      evidence: [
        {
          code: 'userspace.unknown',
          text: "bpftool version unknown (bpftool version: not run: HOST_ROOT is not / (the host's bpftool cannot run here)): cannot compare with 7.0",
        },
      ],
    });
  });

  describe('bpftool rules judge the bpftool fact', () => {
    const withBpftool = (bpftool: HostFacts['facts']['bpftool']): HostFacts => {
      const host = facts['linux-6x'];
      return { ...host, facts: { ...host.facts, bpftool } };
    };
    const ok = (version: string) => withBpftool({ status: 'ok', value: { version }, source: '/usr/sbin/bpftool version' });

    it('newer and equal versions are supported, older ones are not', () => {
      expect(evaluateRules(rules('bpftool:7.0'), ok('7.1.0'))).toMatchObject({
        verdict: 'supported',
        evidence: [{ code: 'userspace.at_least', text: 'bpftool 7.1.0 ≥ 7.0' }],
      });
      expect(evaluateRules(rules('bpftool:7.1'), ok('7.1.0'))).toMatchObject({
        verdict: 'supported',
        evidence: [{ text: 'bpftool 7.1.0 ≥ 7.1' }],
      });
      expect(evaluateRules(rules('bpftool:7.1'), ok('7.1'))).toMatchObject({ verdict: 'supported' });
      expect(evaluateRules(rules('bpftool:7.2'), ok('7.1.0'))).toMatchObject({
        verdict: 'unsupported',
        evidence: [{ code: 'userspace.below', text: 'bpftool 7.1.0 < 7.2' }],
      });
      // Builds before 7.0 carry the kernel's version: 5.10 < 7.0, and 5.13 ≥ 5.13 (the digest's gen-object rule).
      expect(evaluateRules(rules('bpftool:7.0'), ok('5.10.0'))).toMatchObject({ verdict: 'unsupported' });
      expect(evaluateRules(rules('bpftool:5.13'), ok('5.13.0'))).toMatchObject({ verdict: 'supported' });
      // Minor versions compare as numbers, not as text.
      expect(evaluateRules(rules('bpftool:7.9'), ok('7.10.0'))).toMatchObject({ verdict: 'supported' });
    });

    it('not installed, not run or absent from older facts: unknown, with the reason', () => {
      const missing = withBpftool({
        status: 'unknown',
        value: null,
        source: 'bpftool version',
        reason: 'ENOENT: no bpftool in /usr/sbin/bpftool, /usr/bin/bpftool, /usr/local/sbin/bpftool, /sbin/bpftool',
      });
      expect(evaluateRules(rules('bpftool:7.0'), missing)).toMatchObject({
        verdict: 'unknown',
        evidence: [
          {
            code: 'userspace.unknown',
            text: 'bpftool version unknown (bpftool version: ENOENT: no bpftool in /usr/sbin/bpftool, /usr/bin/bpftool, /usr/local/sbin/bpftool, /sbin/bpftool): cannot compare with 7.0',
          },
        ],
      });
      const host = facts['linux-6x'];
      const { bpftool: _, ...older } = host.facts;
      expect(evaluateRules(rules('bpftool:7.0'), { ...host, facts: older })).toMatchObject({
        verdict: 'unknown',
        evidence: [{ params: { reason: 'not checked' }, text: 'bpftool version unknown (not checked): cannot compare with 7.0' }],
      });
      expect(evaluateRules(rules('bpftool:7.0'), ok('garbage'))).toMatchObject({
        verdict: 'unknown',
        evidence: [{ params: { reason: 'unparsable version garbage' } }],
      });
    });

    it('a feature that landed in bpftool is judged by it, and the fixture hosts (not /) say why not', () => {
      const landed = { kernel: null, detect: [], landing: { component: 'bpftool' as const, version: '7.0' } };
      expect(evaluateFeature(landed, ok('7.1.0'))).toMatchObject({ verdict: 'supported' });
      expect(evaluateFeature(landed, ok('6.9.0'))).toMatchObject({ verdict: 'unsupported' });
      expect(facts['linux-6x'].facts.bpftool).toMatchObject({
        status: 'unknown',
        reason: expect.stringMatching(/^not run: HOST_ROOT is not \//),
      });
    });
  });

  it('a sysctl that exists but cannot be read (write-only) counts as existing', () => {
    const host = facts['linux-6x'];
    const writeOnly: HostFacts = {
      ...host,
      facts: {
        ...host.facts,
        sysctls: {
          ...host.facts.sysctls,
          'vm.drop_caches': { status: 'unknown', value: null, source: '/proc/sys/vm/drop_caches', reason: 'EACCES' },
        },
      },
    };
    expect(evaluateRules(rules('sysctl:vm.drop_caches'), writeOnly).verdict).toBe('supported');
    expect(evaluateRules(rules('sysctl:vm.not_collected'), writeOnly)).toMatchObject({
      verdict: 'unknown',
      evidence: [{ text: 'sysctl vm.not_collected cannot be checked (not collected)' }],
    });
  });
});

describe('evaluateAll', () => {
  it('evaluates features and catalog entries in one list', () => {
    const all = evaluateAll([FEATURES.ima, FEATURES.ringbuf], [CATALOG.imaHelper, CATALOG.taskAcquire], facts['rhel8-418']);
    expect(all.map(({ id, kind, verdict }) => ({ id, kind, verdict }))).toEqual([
      { id: 'ima', kind: 'feature', verdict: 'unsupported' },
      { id: 'ringbuf', kind: 'feature', verdict: 'supported' },
      { id: 'bpf_ima_inode_hash', kind: 'helper', verdict: 'unsupported' },
      { id: 'bpf_task_acquire', kind: 'kfunc', verdict: 'unsupported' },
    ]);
  });
});

describe('evidence', () => {
  it('every piece of evidence is its code and params, the text made from them', () => {
    for (const host of Object.values(facts)) {
      for (const item of evaluateAll(Object.values(FEATURES), Object.values(CATALOG), host)) {
        for (const e of item.evidence) {
          expect(EVIDENCE_CODES).toContain(e.code);
          expect(e.text).toBe(evidenceText(e, 'en'));
          for (const value of Object.values(e.params)) expect(['string', 'number', 'boolean']).toContain(typeof value);
          expect(e.text).not.toMatch(/undefined|\[object/);
        }
      }
    }
  });

  it('the verdict is JSON-serializable as is', () => {
    const result = evaluateFeature(FEATURES.ima, facts['container']);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('wantedNames', () => {
  it('collects non-enum BTF names, kfuncs, paths and sysctls', () => {
    expect(wants).toEqual({
      // Every kfunc by both its names (`<name>_impl` is what BTF has of some).
      wantedFunctions: ['bpf_obj_new', 'bpf_obj_new_impl', 'bpf_task_acquire', 'bpf_task_acquire_impl'],
      wantedMembers: ['bpf_prog_aux.sleepable'],
      wantedEnumerators: ['BTF_KIND_FLOAT'],
      wantedPaths: ['/sys/fs/bpf'],
      wantedSysctls: ['kernel.bpf_stats_enabled', 'net.core.busy_poll'],
    });
  });
});
