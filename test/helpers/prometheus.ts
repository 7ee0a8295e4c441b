/**
 * Debian's Prometheus tools for tests: where they are, `promtool check metrics` on a text, and a
 * parser of the exposition format good enough to compare two of them series by series.
 */
import { spawn } from 'node:child_process';
import { NO_PROMETHEUS_HELP, PROMTOOL } from '../../scripts/prometheus-run.mjs';

export { NODE_EXPORTER, NO_PROMETHEUS_HELP, PROMETHEUS, PROMTOOL } from '../../scripts/prometheus-run.mjs';

if (!PROMTOOL) console.warn(`promtool checks skipped: ${NO_PROMETHEUS_HELP}`);

/** `promtool check metrics` on the text: its exit code and what it printed (lint problems). */
export function promtoolCheckMetrics(text: string): Promise<{ code: number; output: string }> {
  const promtool = PROMTOOL;
  if (!promtool) throw new Error(NO_PROMETHEUS_HELP);
  return new Promise((resolve, reject) => {
    const child = spawn(promtool, ['check', 'metrics'], { stdio: ['pipe', 'pipe', 'pipe'] });
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
