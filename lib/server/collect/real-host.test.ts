/**
 * The collector on the machine running the tests: a real Linux host with /sys/kernel/btf/vmlinux
 * and /proc/config.gz. Skipped elsewhere (not Linux, or no kernel BTF), with a note.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { release } from 'node:os';
import { execFileSync } from 'node:child_process';
import { collectHostFacts } from './host-facts';
import { resolveHostRoots } from './roots';
import { summarizeChecks } from '../../verdicts/checks';
import { evaluateRules } from '../../verdicts/evaluate';
import { parseDetectRules } from '../../features/detect';
import { parseHostFacts } from '../../host-facts/schema';

const realHost = process.platform === 'linux' && existsSync('/sys/kernel/btf/vmlinux');
if (!realHost) console.warn('collect-real: skipped (needs Linux with /sys/kernel/btf/vmlinux)');

describe.skipIf(!realHost)('collectHostFacts on this machine', () => {
  it('reads the running kernel: release, BTF, config', async () => {
    const started = performance.now();
    const facts = await collectHostFacts({
      roots: resolveHostRoots({}),
      wantedFunctions: ['bpf_task_acquire', 'bpf_strcasestr'],
      wantedPaths: ['/sys/fs/bpf'],
      wantedSysctls: ['kernel.bpf_stats_enabled'],
    });
    const coldMs = performance.now() - started;
    const again = performance.now();
    await collectHostFacts({ roots: resolveHostRoots({}) });
    const warmMs = performance.now() - again;

    const f = facts.facts;
    expect(f.kernelRelease).toEqual({ status: 'ok', value: release(), source: '/proc/sys/kernel/osrelease' });
    expect(f.btf.status).toBe('ok');
    const btf = f.btf.value;
    if (!btf?.present) throw new Error('expected BTF');
    expect(btf.enums.bpf_func_id).toContain('BPF_FUNC_ima_inode_hash');
    expect(btf.size).toBeGreaterThan(1_000_000);
    expect(btf.functionsChecked).toEqual(['bpf_strcasestr', 'bpf_task_acquire']);
    if (existsSync('/proc/config.gz') || existsSync(`/boot/config-${release()}`)) {
      expect(f.kernelConfig.status).toBe('ok');
      expect(f.kernelConfig.value?.CONFIG_BPF).toBe('y');
    }
    expect(parseHostFacts(JSON.parse(JSON.stringify(facts))).ok).toBe(true);
    expect(evaluateRules(parseDetectRules('btf:BPF_FUNC_ima_inode_hash kernel:5.11'), facts).verdict).toBe('supported');

    // Whatever this machine's command line holds, only lsm= may reach the facts.
    expect(JSON.stringify(facts)).not.toMatch(/BOOT_IMAGE|console=|root=/);
    const checks = summarizeChecks(facts);
    console.info(
      `real host: ${f.kernelRelease.value}, BTF ${(btf.size / 1e6).toFixed(1)} MB / ${btf.typeCount} types, ` +
        `bpf_func_id ${btf.enums.bpf_func_id?.length}, config ${Object.keys(f.kernelConfig.value ?? {}).length} options, ` +
        `collect cold ${coldMs.toFixed(0)} ms, warm ${warmMs.toFixed(0)} ms\n` +
        checks.map((c) => `  ${c.id}: ${c.status} ${JSON.stringify(c.value)}${c.reason ? ` (${c.reason})` : ''}`).join('\n'),
    );
    expect(coldMs).toBeLessThan(5000);
  });

  it.skipIf(!existsSync('/usr/sbin/bpftool'))('reads the installed bpftool’s version and judges bpftool rules by it', async () => {
    const facts = await collectHostFacts({ roots: resolveHostRoots({}) });
    const bpftool = facts.facts.bpftool;
    expect(bpftool).toMatchObject({ status: 'ok', source: '/usr/sbin/bpftool version' });
    if (bpftool?.status !== 'ok') throw new Error('expected a bpftool version');
    // What bpftool itself says, first line: "/usr/sbin/bpftool v7.1.0".
    const first = execFileSync('/usr/sbin/bpftool', ['version'], { encoding: 'utf8' }).split('\n')[0]!;
    expect(first).toBe(`/usr/sbin/bpftool v${bpftool.value.version}`);
    const [major, minor] = bpftool.value.version.split('.').map(Number) as [number, number];
    expect(evaluateRules(parseDetectRules(`bpftool:${major}.${minor}`), facts)).toMatchObject({ verdict: 'supported' });
    expect(evaluateRules(parseDetectRules(`bpftool:${major}.${minor + 1}`), facts)).toMatchObject({ verdict: 'unsupported' });
    console.info(`real host: bpftool ${bpftool.value.version}`);
  });
});
