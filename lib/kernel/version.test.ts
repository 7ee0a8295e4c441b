import { describe, expect, it } from 'vitest';
import {
  compareVersionStrings,
  isMajorMinor,
  isUserspaceVersion,
  majorMinor,
  normaliseKernelVersion,
  parseKernelRelease,
  parseVersionClaim,
} from './version';
import { kernelVersionSchema } from './version-schema';

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

describe('isMajorMinor and kernelVersionSchema', () => {
  it('accept a kernel X.Y only', () => {
    for (const ok of ['5.11', '6.10', '99.999']) {
      expect(isMajorMinor(ok)).toBe(true);
      expect(kernelVersionSchema.safeParse(ok).success).toBe(true);
    }
    for (const bad of ['5.11.1', 'v5.11', '123.4', '5', '']) {
      expect(isMajorMinor(bad)).toBe(false);
      expect(kernelVersionSchema.safeParse(bad).success).toBe(false);
    }
  });
  it('says what it expected', () => {
    expect(kernelVersionSchema.safeParse('latest').error?.issues[0]?.message).toBe('expected a kernel version "X.Y"');
  });
});

describe('isUserspaceVersion', () => {
  it('accepts X.Y with a major of up to three digits', () => {
    expect(isUserspaceVersion('0.3')).toBe(true);
    expect(isUserspaceVersion('100.1')).toBe(true);
    expect(isUserspaceVersion('1000.1')).toBe(false);
    expect(isUserspaceVersion('1.0.1')).toBe(false);
  });
});

describe('normaliseKernelVersion (what a reader types, what a host reports)', () => {
  it.each([
    ['5.4', '5.4'],
    ['v6.10', '6.10'],
    [' 5.15.0-91-generic ', '5.15'],
    ['6.1.0+', '6.1'],
    ['99.999', '99.999'],
  ])('%j → %s', (input, expected) => {
    expect(normaliseKernelVersion(input)).toBe(expected);
  });

  it.each(['', 'latest', '6.10abc', 'V6.10', '123.4', '5.1000', `5.4-${'x'.repeat(70)}`])('rejects %j', (input) => {
    expect(normaliseKernelVersion(input)).toBeNull();
  });
});

describe('parseVersionClaim (what a data source writes)', () => {
  it.each([
    ['v5.11', '5.11', null],
    ['V5.11', '5.11', null],
    ['5.11', '5.11', null],
    ['v6.10', '6.10', null],
    ['5.11.0', '5.11', null],
    [' 4.1 ', '4.1', null],
    ['4.11 (removed\u00a0in\u00a04.18)', '4.11', 'removed in 4.18'],
    ['4.11(removed in 4.18)', '4.11', 'removed in 4.18'],
    ['5.11-rc1', '5.11', '-rc1'],
    ['5.11-rc1 (x)', '5.11', '-rc1 (x)'],
    ['5.11, 5.12', '5.11', ', 5.12'],
    [7.1, '7.1', null],
  ] as const)('%j → %s', (raw, kernel, note) => {
    expect(parseVersionClaim(raw)).toEqual({ kernel, note });
  });

  it.each(['', 'soon', 'v', '5', '5.11abc', '5.1.2.3', '123.4', null, undefined])('rejects %j', (raw) => {
    expect(parseVersionClaim(raw)).toBeNull();
  });
});
