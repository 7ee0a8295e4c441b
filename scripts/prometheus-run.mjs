// @ts-check
// Debian's Prometheus and node_exporter for the tests and the fleet benchmark: where they are,
// and each started on a loopback port with its own temporary directory (TSDB, config, textfiles),
// stopped with the process group that started it. Nothing here runs as a service.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const find = (/** @type {string[]} */ ...candidates) => candidates.find((p) => existsSync(p)) ?? null;

export const PROMETHEUS = find('/usr/bin/prometheus', '/usr/local/bin/prometheus');
export const PROMTOOL = find('/usr/bin/promtool', '/usr/local/bin/promtool');
export const NODE_EXPORTER = find('/usr/bin/prometheus-node-exporter', '/usr/local/bin/node_exporter', '/usr/bin/node_exporter');

export const NO_PROMETHEUS_HELP =
  'Prometheus is not installed here, so the fleet tests (e2e/fleet.spec.ts and the Prometheus parts of the unit tests) are skipped. ' +
  'On Debian/Ubuntu: sudo apt-get install -y prometheus prometheus-node-exporter (CI installs them: .ci/run).';

/**
 * Resolves once `url` answers 2xx; rejects after `ms` or when `exited` rejects first.
 * @param {string} url @param {number} ms @param {Promise<never>} exited
 */
async function waitUntilUp(url, ms, exited) {
  const until = Date.now() + ms;
  let stop = false;
  exited.catch(() => (stop = true));
  while (Date.now() < until && !stop) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await exited.catch((/** @type {unknown} */ error) => {
    throw error;
  });
  throw new Error(`${url} did not answer within ${Math.round(ms / 1000)} s`);
}

/**
 * Spawns a long-running program in its own process group; `stop()` ends the group.
 * @param {string} command @param {string[]} args @param {string} name
 */
function start(command, args, name) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  /** @type {Promise<never>} */
  const exited = new Promise((_, reject) =>
    child.once('exit', (code, signal) => reject(new Error(`${name} exited (${signal ?? `code ${code}`}): ${stderr.trim().slice(-800)}`))),
  );
  exited.catch(() => {});
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  return { child, exited, stop };
}

/**
 * @typedef {{ job: string, targets: string[], token?: string, honorLabels?: boolean, interval?: string }} ScrapeJob
 * Starts Prometheus on 127.0.0.1:`port`, scraping `jobs` (and evaluating rules, once `setRules`
 * gives some) every `interval` (default 1s), with its TSDB in a temporary directory (or `dataDir`,
 * kept). Resolves when /-/ready answers.
 * @param {{ port: number | string, jobs: ScrapeJob[], interval?: string, dataDir?: string, extraArgs?: string[] }} options
 */
export async function startPrometheus({ port, jobs, interval = '1s', dataDir, extraArgs = [] }) {
  if (!PROMETHEUS) throw new Error(NO_PROMETHEUS_HELP);
  const dir = await mkdtemp(join(tmpdir(), 'ebpf-digest-prometheus-'));
  const head = ['global:', `  scrape_interval: ${interval}`, `  scrape_timeout: ${interval}`, `  evaluation_interval: ${interval}`];
  const lines = ['scrape_configs:'];
  for (const job of jobs) {
    lines.push(`  - job_name: ${JSON.stringify(job.job)}`);
    if (job.interval) lines.push(`    scrape_interval: ${job.interval}`, `    scrape_timeout: ${job.interval}`);
    if (job.honorLabels) lines.push('    honor_labels: true');
    if (job.token) {
      const file = join(dir, `${job.job}.token`);
      await writeFile(file, job.token, { mode: 0o600 });
      lines.push(`    authorization: { credentials_file: ${JSON.stringify(file)} }`);
    }
    lines.push('    static_configs:', `      - targets: ${JSON.stringify(job.targets)}`);
  }
  const config = join(dir, 'prometheus.yml');
  const rulesFile = join(dir, 'rules.yml');
  const writeConfig = (/** @type {boolean} */ withRules) =>
    writeFile(config, [...head, ...(withRules ? [`rule_files: [${JSON.stringify(rulesFile)}]`] : []), ...lines].join('\n') + '\n');
  await writeConfig(false);
  const storage = dataDir ?? join(dir, 'data');
  const base = `http://127.0.0.1:${port}`;
  const run = start(
    PROMETHEUS,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${storage}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--web.enable-lifecycle',
      '--log.level=warn',
      ...extraArgs,
    ],
    'prometheus',
  );
  const stop = async () => {
    run.stop();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(`${base}/-/ready`, 60_000, run.exited);
  } catch (error) {
    await stop();
    throw error;
  }
  /** Loads these recording rules (a rules file's YAML) and reloads the configuration. */
  const setRules = async (/** @type {string} */ rules) => {
    await writeFile(rulesFile, rules);
    await writeConfig(true);
    const response = await fetch(`${base}/-/reload`, { method: 'POST' });
    if (!response.ok) throw new Error(`prometheus reload: HTTP ${response.status} ${await response.text()}`);
  };
  return { base, pid: run.child.pid, stop, setRules };
}

/**
 * Starts node_exporter on 127.0.0.1:`port` with only its textfile collector, reading `dir`.
 * @param {{ port: number | string, dir: string }} options
 */
export async function startNodeExporter({ port, dir }) {
  if (!NODE_EXPORTER) throw new Error(NO_PROMETHEUS_HELP);
  const base = `http://127.0.0.1:${port}`;
  const run = start(
    NODE_EXPORTER,
    [
      `--web.listen-address=127.0.0.1:${port}`,
      `--collector.textfile.directory=${dir}`,
      '--collector.disable-defaults',
      '--collector.textfile',
    ],
    'node_exporter',
  );
  try {
    await waitUntilUp(`${base}/metrics`, 30_000, run.exited);
  } catch (error) {
    run.stop();
    throw error;
  }
  return { base, stop: run.stop };
}

/**
 * One instant query; the result vector.
 * @param {string} base @param {string} query
 * @returns {Promise<{ metric: Record<string, string>, value: [number, string] }[]>}
 */
export async function promQuery(base, query) {
  const response = await fetch(`${base}/api/v1/query?${new URLSearchParams({ query })}`);
  const json = await response.json();
  if (json.status !== 'success') throw new Error(`${query}: ${json.error}`);
  return json.data.result;
}

/**
 * Polls `query` until `accept(result)` holds (the first scrapes are in); rejects after `ms`.
 * @param {string} base @param {string} query @param {(r: Awaited<ReturnType<typeof promQuery>>) => boolean} accept
 */
export async function waitForQuery(base, query, accept, ms = 60_000) {
  const until = Date.now() + ms;
  let last = null;
  while (Date.now() < until) {
    try {
      last = await promQuery(base, query);
      if (accept(last)) return last;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Prometheus: ${query} not as expected within ${Math.round(ms / 1000)} s (last: ${JSON.stringify(last)?.slice(0, 500)})`);
}
