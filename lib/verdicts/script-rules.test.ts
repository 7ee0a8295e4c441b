import { describe, expect, it } from 'vitest';
import { parseDetectRules } from '../features/detect';
import { encodeConfigGate, encodeScriptRule, scriptRuleLines } from './script-rules';
import type { EvaluatorRule } from './rules';

describe('the rules the collector script evaluates', () => {
  it('writes detection rules as the content does, and catalog evidence as btf-enum / btf-func / btf-kfunc', () => {
    const terms =
      'btf:BPF_FUNC_x member:bpf_prog_aux.sleepable enum:BTF_KIND_FLOAT config:CONFIG_BPF_LSM lsm:bpf path:/sys/fs/bpf/ sysctl:net.core.busy_poll kernel:5.11 libbpf:0.3 iproute2:5.11 bpftool:7.0';
    expect(parseDetectRules(terms).map(encodeScriptRule).join(' ')).toBe(terms);
    expect(encodeScriptRule({ kind: 'btf-enum', enum: 'bpf_map_type', member: 'BPF_MAP_TYPE_RINGBUF' })).toBe(
      'btf-enum:bpf_map_type:BPF_MAP_TYPE_RINGBUF',
    );
    expect(encodeScriptRule({ kind: 'btf-func', name: 'bpf_task_acquire' })).toBe('btf-func:bpf_task_acquire');
    expect(encodeScriptRule({ kind: 'btf-kfunc', name: 'bpf_task_acquire' })).toBe('btf-kfunc:bpf_task_acquire');
  });

  it('writes a config gate as one gate: word per variant, bounds only where the variant is chosen', () => {
    expect(encodeConfigGate([{ options: ['CONFIG_NET', 'CONFIG_CGROUP_BPF'] }])).toEqual(['gate:CONFIG_NET,CONFIG_CGROUP_BPF']);
    expect(
      encodeConfigGate([
        { options: ['CONFIG_NET', 'CONFIG_BPF_STREAM_PARSER'], before: '5.15' },
        { options: ['CONFIG_NET', 'CONFIG_INET'], since: '5.15' },
      ]),
    ).toEqual(['gate:CONFIG_NET,CONFIG_BPF_STREAM_PARSER::5.15', 'gate:CONFIG_NET,CONFIG_INET:5.15:']);
    expect(encodeConfigGate([{ options: ['CONFIG_X'], since: '6.1' }])).toEqual(['gate:CONFIG_X:6.1:']);
  });

  it('a rule kind the script does not know stops the sync', () => {
    expect(() => encodeScriptRule({ kind: 'signature', name: 'x' } as unknown as EvaluatorRule)).toThrow(/cannot evaluate rule/);
  });

  it('one line per item, features first, with the fallback version the evaluator adds', () => {
    const lines = scriptRuleLines(
      [
        { id: 'f-1', kernel: '5.11', landing: { component: 'linux', version: '5.11' }, detect: parseDetectRules('btf:BPF_FUNC_x') },
        { id: 'f-2', kernel: null, landing: { component: 'libbpf', version: '0.3' }, detect: [] },
      ],
      [
        { kind: 'kfunc', name: 'bpf_k', kernel: '6.2', btf: { func: 'bpf_k' } },
        {
          kind: 'map-type',
          name: 'BPF_MAP_TYPE_X',
          kernel: '5.4',
          btf: { enum: 'bpf_map_type', member: 'BPF_MAP_TYPE_X' },
          configGate: [{ options: ['CONFIG_NET'] }],
        },
      ],
    );
    expect(lines).toEqual([
      'feature f-1 btf:BPF_FUNC_x kernel:5.11',
      'feature f-2 libbpf:0.3',
      'kfunc bpf_k btf-kfunc:bpf_k kernel:6.2',
      'map-type BPF_MAP_TYPE_X btf-enum:bpf_map_type:BPF_MAP_TYPE_X kernel:5.4 gate:CONFIG_NET',
    ]);
  });

  it('refuses an id a shell could read as code', () => {
    expect(() =>
      scriptRuleLines([{ id: "x'$(reboot)", kernel: '5.11', landing: { component: 'linux', version: '5.11' }, detect: [] }], []),
    ).toThrow(/cannot go into the collector script/);
  });
});
