import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCommandLine } from './command-line';

const options = { out: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } } as const;

describe('parseCommandLine (the import scripts)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('returns the option values', () => {
    expect(parseCommandLine('x', 'usage: x', ['--out', 'f.json'], options)).toEqual({ out: 'f.json', help: false });
  });

  it('--help / -h print the usage and end with 0', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(parseCommandLine('x', 'usage: x', ['-h'], options)).toBe(0);
    expect(log).toHaveBeenCalledWith('usage: x');
  });

  it('an unknown option is named, with the usage, and ends with 2', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(parseCommandLine('x', 'usage: x', ['--bogus'], options)).toBe(2);
    expect(error.mock.calls[0]![0]).toMatch(/^x: Unknown option '--bogus'\nusage: x$/);
  });
});
