import { describe, expect, it } from 'vitest';
import { formatDetectRule, parseDetectRules } from './detect';

describe('parseDetectRules', () => {
  it('parses every kind of term', () => {
    const input =
      'btf:BPF_FUNC_ima_inode_hash member:bpf_prog_aux.sleepable enum:BTF_KIND_FLOAT config:CONFIG_IMA lsm:bpf path:/sys/kernel/btf sysctl:net.core.busy_poll kernel:5.11 libbpf:0.3';
    const rules = parseDetectRules(input);
    expect(rules).toEqual([
      { kind: 'btf', name: 'BPF_FUNC_ima_inode_hash' },
      { kind: 'member', struct: 'bpf_prog_aux', member: 'sleepable' },
      { kind: 'enum', name: 'BTF_KIND_FLOAT' },
      { kind: 'config', option: 'CONFIG_IMA' },
      { kind: 'lsm', name: 'bpf' },
      { kind: 'path', path: '/sys/kernel/btf' },
      { kind: 'sysctl', name: 'net.core.busy_poll' },
      { kind: 'kernel', min: '5.11' },
      { kind: 'userspace', component: 'libbpf', min: '0.3' },
    ]);
    expect(rules.map(formatDetectRule).join(' ')).toBe(input);
  });

  it('accepts an empty rule string', () => {
    expect(parseDetectRules('  ')).toEqual([]);
  });

  it.each([
    ['btf', /not of the form/],
    ['colour:red', /unknown kind "colour"/],
    ['config:IMA', /CONFIG_/],
    ['kernel:5.11.1', /kernel version X.Y/],
    ['kernel:latest', /kernel version X.Y/],
    ['path:/etc/shadow', /under \/sys or \/proc/],
    ['path:/sys/../etc/shadow', /under \/sys or \/proc/],
    ['btf:bpf-ima', /BTF name/],
    ['member:bpf_prog_aux', /STRUCT.MEMBER/],
    ['member:bpf_prog_aux.sleepable.x', /STRUCT.MEMBER/],
    ['member:.sleepable', /STRUCT.MEMBER/],
    ['enum:BTF-KIND', /enumerator name/],
    ['libbpf:new', /libbpf version/],
  ])('rejects %j', (input, message) => {
    expect(() => parseDetectRules(input)).toThrow(message);
  });
});
