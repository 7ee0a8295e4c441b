/**
 * Debian's Prometheus tools for tests: where they are, `promtool check metrics` on a text, and a
 * parser of the exposition format good enough to compare two of them series by series.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const find = (...candidates: string[]) => candidates.find((p) => existsSync(p)) ?? null;

export const PROMTOOL = find('/usr/bin/promtool', '/usr/local/bin/promtool');
export const PROMETHEUS = find('/usr/bin/prometheus', '/usr/local/bin/prometheus');
export const NODE_EXPORTER = find('/usr/bin/prometheus-node-exporter', '/usr/local/bin/node_exporter', '/usr/bin/node_exporter');

export const NO_PROMETHEUS_HELP =
  'Prometheus is not installed here, so the tests that need it are skipped. On Debian/Ubuntu: ' +
  '`sudo apt-get install -y prometheus prometheus-node-exporter` (CI installs them, see .ci/run).';

/** `promtool check metrics` on the text: its exit code and what it printed (lint problems). */
export function promtoolCheckMetrics(text: string): Promise<{ code: number; output: string }> {
  if (!PROMTOOL) throw new Error(NO_PROMETHEUS_HELP);
  return new Promise((resolve, reject) => {
    const child = spawn(PROMTOOL, ['check', 'metrics'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
    child.stdin.end(text);
  });
}

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: string;
}

/** The samples of an exposition text (comments skipped); throws on a line it cannot read. */
export function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    const re = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)",?/gy;
    const body = m[2] ?? '';
    let read = 0;
    for (let l = re.exec(body); l; l = re.exec(body)) {
      labels[l[1]!] = l[2]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
      read = re.lastIndex;
    }
    if (read !== body.length) throw new Error(`unreadable labels: ${line}`);
    samples.push({ name: m[1]!, labels, value: m[3]! });
  }
  return samples;
}

/** One key per series: name and sorted labels. */
export function seriesKey(s: Pick<Sample, 'name' | 'labels'>): string {
  return `${s.name}{${Object.keys(s.labels)
    .sort()
    .map((k) => `${k}=${JSON.stringify(s.labels[k])}`)
    .join(',')}}`;
}
