import { describe, expect, it } from 'vitest';
import {
  EVIDENCE_CODES,
  evidenceSegments,
  evidenceText,
  makeEvidence,
  translateReason,
  type EvidenceCode,
  type EvidenceParams,
} from './evidence';

/** Parameters as the evaluator gives them, per code (values chosen to be easy to strip). */
const SAMPLES: Record<EvidenceCode, EvidenceParams[]> = {
  'btf.enum_member': [{ enum: 'bpf_func_id', member: 'BPF_FUNC_x' }],
  'btf.enum_member_missing': [{ enum: 'bpf_func_id', member: 'BPF_FUNC_x' }],
  'btf.enum_missing': [{ enum: 'bpf_link_type', member: 'BPF_LINK_TYPE_x' }],
  'btf.function': [{ name: 'bpf_f' }],
  'btf.function_missing': [{ name: 'bpf_f' }],
  'btf.function_impl': [{ name: 'bpf_obj_new', impl: 'bpf_obj_new_impl' }],
  'btf.kfunc': [{ name: 'bpf_task_acquire' }],
  'btf.kfunc_untagged': [{ name: 'bpf_task_acquire' }],
  'btf.struct_member': [{ struct: 'bpf_prog_aux', member: 'sleepable' }],
  'btf.struct_member_missing': [{ struct: 'bpf_prog_aux', member: 'sleepable' }],
  'btf.enumerator': [{ name: 'BTF_KIND_FLOAT' }],
  'btf.enumerator_missing': [{ name: 'BTF_KIND_FLOAT' }],
  'btf.not_checked': [{ name: 'bpf_f' }],
  'btf.absent': [{ name: 'bpf_f' }],
  'btf.unknown': [
    { name: 'bpf_f', reason: 'sysfs not mounted' },
    { name: 'bpf_f', reason: 'EACCES' },
  ],
  'config.set': [{ option: 'CONFIG_X', value: 'y' }],
  'config.not_set': [{ option: 'CONFIG_X' }],
  'config.unknown': [{ option: 'CONFIG_X', reason: 'timed out after 2000 ms' }],
  'calls.listed': [{ name: 'bpf_f', type: 'BPF_PROG_TYPE_XDP' }],
  'calls.excluded': [{ name: 'bpf_f', type: 'BPF_PROG_TYPE_XDP' }],
  'calls.not_listed': [{ name: 'bpf_f', type: 'BPF_PROG_TYPE_XDP' }],
  'calls.not_listed_incomplete': [{ name: 'bpf_f', type: 'BPF_PROG_TYPE_XDP', reason: 'group "x" is not defined in the data' }],
  'calls.no_data': [{ type: 'BPF_PROG_TYPE_EXT' }],
  'calls.type_unavailable': [{ type: 'BPF_PROG_TYPE_XDP' }],
  'calls.type_unknown': [{ type: 'BPF_PROG_TYPE_XDP' }],
  'calls.since_met': [{ type: 'BPF_PROG_TYPE_XDP', min: '5.8', release: '6.1' }],
  'calls.since_unmet': [{ type: 'BPF_PROG_TYPE_XDP', min: '5.8', release: '4.19' }],
  'calls.since_unknown': [{ type: 'BPF_PROG_TYPE_XDP', min: '5.8', reason: 'EACCES' }],
  'calls.attach_type': [{ types: 'BPF_TRACE_ITER', found: 'BPF_TRACE_ITER' }],
  'calls.attach_type_missing': [{ types: 'BPF_TRACE_ITER' }],
  'calls.lockdown_allows': [{ mode: 'integrity' }],
  'calls.lockdown_none': [{}],
  'calls.lockdown_refuses': [{ mode: 'confidentiality' }],
  'calls.lockdown_unknown': [{ reason: 'securityfs not mounted' }],
  'config.gate_release_unknown': [{ name: 'BPF_MAP_TYPE_SOCKMAP', options: 'CONFIG_NET, CONFIG_INET', reason: 'EACCES' }],
  'lsm.active': [
    { lsm: 'bpf', active: 'capability,bpf', from: 'securityfs' },
    { lsm: 'bpf', active: 'capability,bpf', from: 'cmdline' },
    { lsm: 'bpf', active: 'capability,bpf', from: 'config' },
  ],
  'lsm.inactive': [{ lsm: 'bpf', active: '', from: 'securityfs' }],
  'lsm.built_inactive': [{ option: 'CONFIG_BPF_LSM', value: 'y', lsm: 'bpf', active: 'capability', from: 'securityfs' }],
  'lsm.unknown': [{ lsm: 'bpf', reason: 'securityfs not mounted' }],
  'path.exists': [{ path: '/sys/fs/bpf' }],
  'path.missing': [{ path: '/sys/fs/bpf' }],
  'path.unknown': [{ path: '/sys/fs/bpf', reason: 'not collected' }],
  'sysctl.exists': [
    { name: 'net.core.busy_poll', value: '0' },
    { name: 'net.core.busy_poll', value: '(unreadable)' },
  ],
  'sysctl.missing': [{ name: 'net.core.busy_poll' }],
  'sysctl.unknown': [{ name: 'net.core.busy_poll', reason: 'procfs not mounted' }],
  'kernel.at_least': [{ release: '6.1', min: '5.11' }],
  'kernel.below': [{ release: '4.19', min: '5.11' }],
  'kernel.unknown': [{ min: '5.11', reason: 'unparsable' }],
  'kernel.by_version_only': [{ release: '4.19', min: '5.11', cmp: '<', noBtf: true }],
  'kernel.backported': ['btf', 'config', 'lsm', 'sysctl', 'path'].map((via) => ({ release: '4.18', min: '5.8', name: 'X_NAME', via })),
  'kernel.contradicted': ['btf', 'config', 'lsm', 'sysctl', 'path'].map((via) => ({ release: '6.1', min: '5.11', name: 'X_NAME', via })),
  'userspace.at_least': [{ component: 'libbpf', version: '1.1.2', min: '0.3', via: 'linked by iproute2' }],
  'userspace.below': [{ component: 'iproute2', version: '5.4.0', min: '5.11', via: '' }],
  'userspace.unknown': [
    { component: 'libbpf', min: '0.3', reason: 'ip -V: not run' },
    { component: 'libbpf', min: '0.3', reason: 'iproute2 names no libbpf' },
    { component: 'bpftool', min: '7.0', reason: 'not checked' },
    { component: 'bpftool', min: '7.0', reason: 'bpftool version: not run' },
    { component: 'bpftool', min: '7.0', reason: "bpftool version: not run: HOST_ROOT is not / (the host's bpftool cannot run here)" },
    { component: 'bpftool', min: '7.0', reason: 'bpftool version: exited with status 2' },
    { component: 'bpftool', min: '7.0', reason: 'bpftool version: timed out after 700 ms' },
    { component: 'bpftool', min: '7.0', reason: 'bpftool version: no bpftool version in `bpftool version` output' },
  ],
  'rules.none': [{}],
};

/** Words that are names, not interface: kept in Chinese text as they are. */
const NAMES = new Set([
  'BTF',
  'LSM',
  'lockdown',
  'kfunc',
  'bpf_kfunc',
  'sysctl',
  'CONFIG_LSM',
  'HOST_ROOT',
  'ip',
  'iproute2',
  // the command `bpftool version`
  'bpftool',
  'version',
  'lsm',
  'securityfs',
  'sysfs',
  'procfs',
]);

describe('evidence in Chinese', () => {
  it('has samples for every code', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...EVIDENCE_CODES].sort());
  });

  for (const code of EVIDENCE_CODES) {
    it(`${code}: Chinese words around the values, no English`, () => {
      for (const params of SAMPLES[code]) {
        const zh = evidenceText(makeEvidence(code, params), 'zh');
        let rest = zh;
        for (const v of Object.values(params)
          .map(String)
          .filter((v) => v.length > 1)
          .sort((a, b) => b.length - a.length))
          rest = rest.split(v).join(' ');
        const words = (rest.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []).filter((w) => !NAMES.has(w) && w.length > 1);
        expect(words, `${code} → ${zh}`).toEqual([]);
        // Some sentences are values and symbols only (CONFIG_X=y, sysctl a.b = 0, libbpf 1.1 ≥ 0.3).
        if (!['config.set', 'sysctl.exists', 'userspace.at_least', 'userspace.below'].includes(code))
          expect(zh, code).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  }

  it('English is the evaluator’s own sentence', () => {
    const e = makeEvidence('kernel.backported', { release: '4.18', min: '5.8', name: 'BPF_FUNC_ringbuf_output', via: 'btf' });
    expect(evidenceText(e, 'en')).toBe('kernel 4.18 < 5.8 by version, but BTF has BPF_FUNC_ringbuf_output: backported');
    expect(evidenceText(e, 'zh')).toBe('内核 4.18 按版本号 < 5.8,但 BTF 中有 BPF_FUNC_ringbuf_output:已向后移植');
  });

  it('a code this build does not know shows the server’s text', () => {
    const e = { code: 'btf.from_the_future', params: {}, text: 'something new' } as never;
    expect(evidenceText(e, 'zh')).toBe('something new');
  });

  it('translates the reasons the probe writes, keeps others (errno codes) as they are', () => {
    expect(translateReason('securityfs not mounted', 'zh')).toBe('securityfs 未挂载');
    expect(translateReason('timed out after 300 ms', 'zh')).toBe('300 毫秒后超时');
    expect(translateReason('ip -V: not run', 'zh')).toBe('ip -V:未运行');
    expect(translateReason('EACCES', 'zh')).toBe('EACCES');
    expect(translateReason('not checked', 'zh')).toBe('未检查');
    expect(translateReason('bpftool version: ENOENT: no bpftool in /usr/sbin/bpftool, /usr/bin/bpftool', 'zh')).toBe(
      'bpftool version:ENOENT:/usr/sbin/bpftool, /usr/bin/bpftool 中都没有 bpftool',
    );
    expect(translateReason("ip -V: not run: HOST_ROOT is not / (the host's ip cannot run here)", 'zh')).toBe(
      'ip -V:未运行:HOST_ROOT 不是 /(无法在此运行宿主机的 ip)',
    );
    expect(translateReason("bpftool version: not run: HOST_ROOT is not / (the host's bpftool cannot run here)", 'zh')).toBe(
      'bpftool version:未运行:HOST_ROOT 不是 /(无法在此运行宿主机的 bpftool)',
    );
    expect(translateReason('securityfs not mounted', 'en')).toBe('securityfs not mounted');
  });
});

describe('evidenceSegments', () => {
  it('sets names apart and joins back to the sentence', () => {
    for (const code of EVIDENCE_CODES) {
      for (const params of SAMPLES[code]) {
        for (const lang of ['zh', 'en'] as const) {
          const e = makeEvidence(code, params);
          const parts = evidenceSegments(e, lang);
          expect(parts.map((p) => p.text).join(''), `${code} ${lang}`).toBe(evidenceText(e, lang));
        }
      }
    }
  });

  it('marks the helper, not the words', () => {
    const parts = evidenceSegments(makeEvidence('btf.function', { name: 'bpf_sk_storage_tracing_allowed' }), 'zh');
    expect(parts).toEqual([{ text: 'BTF 中有函数 ' }, { text: 'bpf_sk_storage_tracing_allowed', code: true }]);
  });
});
