/**
 * A host comparison as a file: JSON (hosts, counts and each item's verdict per host) or CSV (one
 * row per item, one column per host). Verdicts only: the evidence stays on the page. Pure; the
 * page turns the text into a Blob download.
 */
import type { HostComparison } from './comparison';

const COMPARISON_EXPORT_VERSION = 1;

export function comparisonToJson(c: HostComparison, generatedAt: Date) {
  return {
    format: 'ebpf-digest host comparison',
    version: COMPARISON_EXPORT_VERSION,
    generatedAt: generatedAt.toISOString(),
    hosts: c.hosts,
    counts: {
      items: c.total,
      differing: c.differing,
      byKind: Object.fromEntries(
        c.groups.map((g) => [
          g.kind,
          { items: g.rows.length, differing: g.differing, supported: Object.fromEntries(c.hosts.map((h, i) => [h.name, g.supported[i]])) },
        ]),
      ),
    },
    items: c.groups.flatMap((g) =>
      g.rows.map((r) => ({
        kind: r.kind,
        id: r.id,
        ...(r.title !== null ? { title: r.title } : {}),
        differs: r.differs,
        verdicts: Object.fromEntries(c.hosts.map((h, i) => [h.name, r.verdicts[i]])),
      })),
    ),
  };
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, line break or edge spaces. A field
 * a spreadsheet would read as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe:
 * host names are typed by readers, and a CSV is opened in spreadsheets.
 */
export function csvField(value: string | number | boolean | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** kind, id, title, differs, then one verdict column per host; CRLF line ends, no BOM. */
export function comparisonToCsv(c: HostComparison): string {
  const lines = [['kind', 'id', 'title', 'differs', ...c.hosts.map((h) => h.name)]];
  for (const g of c.groups) {
    for (const r of g.rows) lines.push([r.kind, r.id, r.title ?? '', r.differs ? 'yes' : 'no', ...r.verdicts]);
  }
  return lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** `host-comparison-2026-11-27.csv`. */
export function comparisonFileName(extension: 'csv' | 'json', now: Date): string {
  return `host-comparison-${now.toISOString().slice(0, 10)}.${extension}`;
}
