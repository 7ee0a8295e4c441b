import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROMTOOL } from '../../test/helpers/prometheus';
import { recordingRulesExample, scrapeConfigExample, textfileCronExample, TEXTFILE_DIR } from './setup';

describe('the setup the fleet page shows', () => {
  it.skipIf(!PROMTOOL)('the scrape config is one promtool accepts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fleet-setup-'));
    try {
      await writeFile(join(dir, 'prometheus.yml'), scrapeConfigExample());
      const { stdout } = await promisify(execFile)(PROMTOOL!, ['check', 'config', '--syntax-only', join(dir, 'prometheus.yml')]);
      expect(stdout).toContain('SUCCESS');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!PROMTOOL)('the recording rule is one promtool accepts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fleet-rules-'));
    try {
      await writeFile(join(dir, 'rules.yml'), recordingRulesExample());
      const { stdout } = await promisify(execFile)(PROMTOOL!, ['check', 'rules', join(dir, 'rules.yml')]);
      expect(stdout).toContain('SUCCESS: 1 rules found');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('the cron entry writes the textfile aside and moves it into Debian’s textfile directory', () => {
    const lines = textfileCronExample('http://127.0.0.1:3000/collect.sh').split('\n');
    expect(lines[0]).toBe('curl -fsS http://127.0.0.1:3000/collect.sh -o /usr/local/bin/ebpf-digest-collect.sh');
    expect(lines).toContain(`D=${TEXTFILE_DIR}`);
    const entry = lines.at(-1)!.split(' ');
    expect(entry.slice(0, 6)).toEqual(['*/30', '*', '*', '*', '*', 'root']);
    expect(entry.slice(6).join(' ')).toBe(
      'sh /usr/local/bin/ebpf-digest-collect.sh --format prometheus > $D/ebpf_digest.prom.tmp && mv $D/ebpf_digest.prom.tmp $D/ebpf_digest.prom',
    );
  });
});
