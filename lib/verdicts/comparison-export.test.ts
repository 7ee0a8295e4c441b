import { describe, expect, it } from 'vitest';
import type { HostComparison } from './comparison';
import { comparisonFileName, comparisonToCsv, comparisonToJson, csvField } from './comparison-export';

const comparison: HostComparison = {
  hosts: [
    { name: 'prod, "eu"', kernel: '6.8.0', distro: 'Ubuntu', arch: 'x86_64', btf: true, collectedAt: '2026-01-01T00:00:00Z' },
    { name: '=HYPERLINK("x")', kernel: '4.19.0', distro: null, arch: null, btf: false, collectedAt: '2026-01-02T00:00:00Z' },
  ],
  groups: [
    {
      kind: 'feature',
      rows: [
        {
          kind: 'feature',
          id: 'ima',
          title: 'New helper bpf_ima_inode_hash()\nsecond line',
          verdicts: ['supported', 'unsupported'],
          differs: true,
        },
      ],
      differing: 1,
      supported: [1, 0],
    },
    {
      kind: 'helper',
      rows: [{ kind: 'helper', id: 'bpf_a', title: null, verdicts: ['supported', 'supported'], differs: false }],
      differing: 0,
      supported: [1, 1],
    },
  ],
  differing: 1,
  total: 2,
};

describe('csvField', () => {
  it('quotes commas, quotes, line breaks and edge spaces, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
    expect(csvField('内核 5.11')).toBe('内核 5.11');
  });

  it('defuses what a spreadsheet would run as a formula', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('=A1,B1')).toBe(`"'=A1,B1"`);
    expect(csvField('a=b')).toBe('a=b');
  });
});

describe('comparisonToCsv', () => {
  it('has a header with the hosts, one row per item, CRLF line ends', () => {
    const csv = comparisonToCsv(comparison);
    expect(csv.split('\r\n')).toEqual([
      `kind,id,title,differs,"prod, ""eu""","'=HYPERLINK(""x"")"`,
      'feature,ima,"New helper bpf_ima_inode_hash()\nsecond line",yes,supported,unsupported',
      'helper,bpf_a,,no,supported,supported',
      '',
    ]);
  });
});

describe('comparisonToJson', () => {
  it('names each host’s verdict and counts by kind', () => {
    const json = comparisonToJson(comparison, new Date('2026-03-04T05:06:07Z'));
    expect(json).toMatchObject({ format: 'ebpf-digest host comparison', version: 1, generatedAt: '2026-03-04T05:06:07.000Z' });
    expect(json.counts).toEqual({
      items: 2,
      differing: 1,
      byKind: {
        feature: { items: 1, differing: 1, supported: { 'prod, "eu"': 1, '=HYPERLINK("x")': 0 } },
        helper: { items: 1, differing: 0, supported: { 'prod, "eu"': 1, '=HYPERLINK("x")': 1 } },
      },
    });
    expect(json.items[0]).toEqual({
      kind: 'feature',
      id: 'ima',
      title: comparison.groups[0]!.rows[0]!.title,
      differs: true,
      verdicts: { 'prod, "eu"': 'supported', '=HYPERLINK("x")': 'unsupported' },
    });
    expect(json.items[1]).not.toHaveProperty('title');
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('comparisonFileName', () => {
  it('dates the file', () => {
    expect(comparisonFileName('csv', new Date('2026-11-27T23:00:00Z'))).toBe('host-comparison-2026-11-27.csv');
  });
});
