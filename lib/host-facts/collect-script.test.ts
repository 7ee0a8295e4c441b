import { describe, expect, it } from 'vitest';
import { readItemRules, readWantedNames, renderRulesBlock, renderWantedBlock, withItemRules, withWantedNames } from './collect-script';

const script = `#!/bin/sh
# BEGIN GENERATED WANTED NAMES (old)
WANTED_FUNCTIONS='
old_name
'
WANTED_MEMBERS='
'
WANTED_ENUMERATORS='
'
WANTED_PATHS='
'
WANTED_SYSCTLS='
'
# END GENERATED WANTED NAMES
echo rest
`;

describe("the collector script's generated block", () => {
  it('round-trips the names, sorted and unique', () => {
    const wants = {
      wantedMembers: [],
      wantedEnumerators: [],
      wantedFunctions: ['bpf_b', 'bpf_a', 'bpf_a'],
      wantedPaths: ['/sys/fs/bpf'],
      wantedSysctls: ['net.core.busy_poll'],
    };
    const next = withWantedNames(script, wants);
    expect(next.startsWith('#!/bin/sh\n# BEGIN GENERATED WANTED NAMES')).toBe(true);
    expect(next.endsWith('# END GENERATED WANTED NAMES\necho rest\n')).toBe(true);
    expect(readWantedNames(next)).toEqual({
      wantedMembers: [],
      wantedEnumerators: [],
      wantedFunctions: ['bpf_a', 'bpf_b'],
      wantedPaths: ['/sys/fs/bpf'],
      wantedSysctls: ['net.core.busy_poll'],
    });
    expect(withWantedNames(next, wants)).toBe(next);
    expect(readWantedNames(script).wantedFunctions).toEqual(['old_name']);
  });

  it('refuses a name a shell could read as code, and a script without the block', () => {
    expect(() =>
      renderWantedBlock({
        wantedMembers: [],
        wantedEnumerators: [],
        wantedFunctions: ["x'; rm -rf /; '"],
        wantedPaths: [],
        wantedSysctls: [],
      }),
    ).toThrow(/cannot go into/);
    expect(() =>
      renderWantedBlock({ wantedMembers: [], wantedEnumerators: [], wantedFunctions: [], wantedPaths: ['/etc/passwd'], wantedSysctls: [] }),
    ).toThrow(/WANTED_PATHS/);
    expect(() =>
      withWantedNames('#!/bin/sh\n', { wantedMembers: [], wantedEnumerators: [], wantedFunctions: [], wantedPaths: [], wantedSysctls: [] }),
    ).toThrow(/no "# BEGIN/);
  });
});

describe("the collector script's rules block", () => {
  const withRules = `${script}# BEGIN GENERATED ITEM RULES\nITEM_KINDS=''\nMETRIC_DEFAULT_KINDS=''\nITEM_RULES='\n'\n# END GENERATED ITEM RULES\necho end\n`;
  const rules = {
    kinds: ['feature', 'helper'],
    defaultKinds: ['feature'],
    lines: ['feature a-b btf:BPF_FUNC_x kernel:5.11', 'helper bpf_x btf-enum:bpf_func_id:BPF_FUNC_x kernel:5.11'],
  };

  it('round-trips, leaving the rest of the script as it was', () => {
    const next = withItemRules(withRules, rules);
    expect(readItemRules(next)).toEqual(rules);
    expect(next.endsWith("'\n# END GENERATED ITEM RULES\necho end\n")).toBe(true);
    expect(next.startsWith(script)).toBe(true);
    expect(withItemRules(next, rules)).toBe(next);
  });

  it('refuses a line a shell could read as code, and a script without the block', () => {
    expect(() => renderRulesBlock({ ...rules, lines: ["feature x'; reboot; '"] })).toThrow(/cannot go into/);
    expect(() => withItemRules(script, rules)).toThrow(/no "# BEGIN GENERATED ITEM RULES"/);
    expect(() => readItemRules(withRules.replace("ITEM_RULES='", 'ITEM_RULES="'))).toThrow(/damaged/);
  });
});
