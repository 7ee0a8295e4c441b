import { describe, expect, it } from 'vitest';
import { readWantedNames, renderWantedBlock, withWantedNames } from './collect-script';

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
