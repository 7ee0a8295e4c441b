import { describe, expect, it } from 'vitest';
import { parseDetectRules } from '../features/detect';
import { encodeScriptRule, scriptRuleLines } from './script-rules';
import type { EvaluatorRule } from './rules';

describe('the rules the collector script evaluates', () => {
  it('writes detection rules as the content does, and catalog evidence as btf-enum / btf-func', () => {
    const terms =
      'btf:BPF_FUNC_x member:bpf_prog_aux.sleepable enum:BTF_KIND_FLOAT config:CONFIG_BPF_LSM lsm:bpf path:/sys/fs/bpf/ sysctl:net.core.busy_poll kernel:5.11 libbpf:0.3 iproute2:5.11 bpftool:7.0';
    expect(parseDetectRules(terms).map(encodeScriptRule).join(' ')).toBe(terms);
    expect(encodeScriptRule({ kind: 'btf-enum', enum: 'bpf_map_type', member: 'BPF_MAP_TYPE_RINGBUF' })).toBe(
      'btf-enum:bpf_map_type:BPF_MAP_TYPE_RINGBUF',
    );
    expect(encodeScriptRule({ kind: 'btf-func', name: 'bpf_task_acquire' })).toBe('btf-func:bpf_task_acquire');
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
      [{ kind: 'kfunc', name: 'bpf_k', kernel: '6.2', btf: { func: 'bpf_k' } }],
    );
    expect(lines).toEqual(['feature f-1 btf:BPF_FUNC_x kernel:5.11', 'feature f-2 libbpf:0.3', 'kfunc bpf_k btf-func:bpf_k kernel:6.2']);
  });

  it('refuses an id a shell could read as code', () => {
    expect(() =>
      scriptRuleLines([{ id: "x'$(reboot)", kernel: '5.11', landing: { component: 'linux', version: '5.11' }, detect: [] }], []),
    ).toThrow(/cannot go into the collector script/);
  });
});
