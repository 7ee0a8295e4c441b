import { describe, expect, it } from 'vitest';
import { compareVersionStrings, isMajorMinor, majorMinor, parseKernelRelease } from './version';

describe('parseKernelRelease', () => {
  it.each([
    ['5.11', { major: 5, minor: 11, patch: null, suffix: '' }],
    ['6.10', { major: 6, minor: 10, patch: null, suffix: '' }],
    ['v7.1', { major: 7, minor: 1, patch: null, suffix: '' }],
    ['4.18.0-305.el8.x86_64', { major: 4, minor: 18, patch: 0, suffix: '-305.el8.x86_64' }],
    ['6.18.44-fc-v782', { major: 6, minor: 18, patch: 44, suffix: '-fc-v782' }],
    ['5.15.0-91-generic', { major: 5, minor: 15, patch: 0, suffix: '-91-generic' }],
    ['6.1.0+', { major: 6, minor: 1, patch: 0, suffix: '+' }],
  ])('%s', (input, expected) => {
    expect(parseKernelRelease(input)).toEqual(expected);
  });

  it.each(['', 'five', '5', '5.', '.11', '5.11abc', '5.1.2.3', 'libbpf 0.3'])('rejects %j', (input) => {
    expect(parseKernelRelease(input)).toBeNull();
  });

  it('reads 6.10 as six-ten, not 6.1', () => {
    expect(majorMinor(parseKernelRelease('6.10')!)).toBe('6.10');
    expect(compareVersionStrings('6.10', '6.9')).toBeGreaterThan(0);
  });
});

describe('compareVersionStrings', () => {
  it('orders on major.minor, ignoring the patch and suffix', () => {
    expect(compareVersionStrings('4.18.0-305.el8.x86_64', '5.11')).toBeLessThan(0);
    expect(compareVersionStrings('5.11.22', '5.11')).toBe(0);
    expect(compareVersionStrings('3.15', '3.19')).toBeLessThan(0);
  });
  it('throws on non-versions', () => {
    expect(() => compareVersionStrings('x', '5.11')).toThrow(/not a version/);
  });
});

describe('isMajorMinor', () => {
  it('accepts X.Y only', () => {
    expect(isMajorMinor('5.11')).toBe(true);
    expect(isMajorMinor('5.11.1')).toBe(false);
    expect(isMajorMinor('v5.11')).toBe(false);
  });
});
