/**
 * Faults a real host can have: a FIFO where a file should be, a truncated or oversized config.gz,
 * unreadable files, hung reads. Each costs one fact (unknown, with a reason), never the others.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { collectHostFacts } from './host-facts';
import { nodeHostIo, withDeadline, type HostIo } from './io';
import { parseHostFacts, type HostFacts } from '../../host-facts/schema';
import {
  materializeHostFixture,
  type HostFixtureFault,
  type HostFixtureName,
  type MaterializedHost,
} from '../../../test/helpers/host-fixtures';

const hosts: MaterializedHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.cleanup()));
});

async function collectWith(
  name: HostFixtureName,
  faults: HostFixtureFault[],
  options: { timeoutMs?: number; io?: (io: HostIo) => HostIo } = {},
): Promise<{ facts: HostFacts; elapsedMs: number; host: MaterializedHost }> {
  const host = await materializeHostFixture(name, { faults });
  hosts.push(host);
  const started = performance.now();
  // A hard stop for the test itself: if a read ever blocks, fail here instead of hanging the run.
  const facts = await withDeadline(
    collectHostFacts({
      roots: host.roots,
      io: options.io ? options.io(host.io) : host.io,
      timeoutMs: options.timeoutMs ?? 1000,
      wantedFunctions: ['bpf_task_acquire'],
    }),
    10_000,
  );
  return { facts, elapsedMs: performance.now() - started, host };
}

/** The facts the fault did not touch are the fixture's as usual. */
function expectRestIntact(facts: HostFacts, except: (keyof HostFacts['facts'])[]) {
  const f = facts.facts;
  const check: Partial<Record<keyof HostFacts['facts'], () => void>> = {
    kernelRelease: () => expect(f.kernelRelease).toMatchObject({ status: 'ok', value: '6.8.0-45-generic' }),
    kernelConfig: () => expect(f.kernelConfig).toMatchObject({ status: 'ok', source: '/proc/config.gz' }),
    btf: () => expect(f.btf).toMatchObject({ status: 'ok', value: { present: true } }),
    distro: () => expect(f.distro).toMatchObject({ status: 'ok', value: { id: 'ubuntu' } }),
    lsm: () => expect(f.lsm).toMatchObject({ status: 'ok', source: '/sys/kernel/security/lsm' }),
    capabilities: () => expect(f.capabilities).toMatchObject({ status: 'ok' }),
    memlock: () => expect(f.memlock).toMatchObject({ status: 'ok' }),
    cgroup: () => expect(f.cgroup).toMatchObject({ status: 'ok' }),
  };
  for (const [key, run] of Object.entries(check)) if (!except.includes(key as keyof HostFacts['facts'])) run();
  expect(parseHostFacts(facts).ok).toBe(true);
}

describe('a FIFO where a file should be', () => {
  it.each([
    ['proc/config.gz', 'kernelConfig'],
    ['sys/kernel/btf/vmlinux', 'btf'],
    ['proc/sys/kernel/osrelease', 'kernelRelease'],
    ['proc/self/status', 'capabilities'],
    ['etc/os-release', 'distro'],
  ] as const)('%s: refused at once, no hang', async (path, fact) => {
    const { facts, elapsedMs } = await collectWith('linux-6x', [{ kind: 'fifo', path }], { timeoutMs: 1500 });
    // Refused on sight (fstat of the O_NONBLOCK descriptor), well before the deadline.
    expect(elapsedMs).toBeLessThan(1500);
    const value = facts.facts[fact];
    expect(value.status).toBe('unknown');
    expect(value.reason).toMatch(/refused: a FIFO, not a regular file/);
    // Even without a release the config is found (/proc/config.gz): nothing else is lost.
    expectRestIntact(facts, [fact]);
  });
});

describe('kernel config', () => {
  it('a truncated config.gz gives config unknown with the reason, the rest intact', async () => {
    const { facts } = await collectWith('linux-6x', [{ kind: 'truncate', path: 'proc/config.gz', keepBytes: 200 }]);
    expect(facts.facts.kernelConfig).toMatchObject({
      status: 'unknown',
      value: null,
      source: '/boot/config-6.8.0-45-generic, /proc/config.gz',
      reason: expect.stringMatching(/\/boot\/config-6\.8\.0-45-generic: ENOENT; \/proc\/config\.gz: truncated gzip/),
    });
    expectRestIntact(facts, ['kernelConfig', 'lsm']);
  });

  it('a config.gz that inflates past the 2 MB cap is refused', async () => {
    const bomb = gzipSync(Buffer.from('CONFIG_FILLER=y\n'.repeat(200_000))); // 3.2 MB of text, ~10 KB gzipped
    const { facts } = await collectWith('linux-6x', [{ kind: 'write', path: 'proc/config.gz', content: bomb }]);
    expect(facts.facts.kernelConfig.reason).toMatch(/too large: more than 2097152 bytes uncompressed/);
    expectRestIntact(facts, ['kernelConfig', 'lsm']);
  });

  it('a config.gz that is not gzip is refused', async () => {
    const { facts } = await collectWith('linux-6x', [{ kind: 'write', path: 'proc/config.gz', content: 'CONFIG_BPF=y\n' }]);
    expect(facts.facts.kernelConfig.reason).toMatch(/bad gzip/);
  });

  it('/boot/config-<release> wins over /proc/config.gz', async () => {
    const { facts } = await collectWith('linux-6x', [
      { kind: 'write', path: 'boot/config-6.8.0-45-generic', content: 'CONFIG_FROM_BOOT=y\n' },
    ]);
    expect(facts.facts.kernelConfig).toEqual({ status: 'ok', value: { CONFIG_FROM_BOOT: 'y' }, source: '/boot/config-6.8.0-45-generic' });
  });

  it('a release that would climb out of /boot is not used as a file name', async () => {
    const { facts } = await collectWith('linux-6x', [{ kind: 'write', path: 'proc/sys/kernel/osrelease', content: '../../etc/passwd\n' }]);
    expect(facts.facts.kernelConfig).toMatchObject({ status: 'ok', source: '/proc/config.gz' });
  });
});

describe('sizes and contents', () => {
  it('a file over its cap is refused', async () => {
    const { facts } = await collectWith('linux-6x', [{ kind: 'write', path: 'proc/sys/kernel/osrelease', content: 'x'.repeat(100_000) }]);
    expect(facts.facts.kernelRelease.reason).toMatch(/too large/);
    expectRestIntact(facts, ['kernelRelease']);
  });

  it("a vmlinux that is not BTF gives btf unknown with the reader's error", async () => {
    const { facts } = await collectWith('linux-6x', [{ kind: 'write', path: 'sys/kernel/btf/vmlinux', content: 'not btf at all' }]);
    expect(facts.facts.btf).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/^unreadable BTF: BAD_MAGIC/) });
    expectRestIntact(facts, ['btf']);
  });

  it('a truncated vmlinux gives btf unknown', async () => {
    const { facts } = await collectWith('linux-6x', [{ kind: 'truncate', path: 'sys/kernel/btf/vmlinux', keepBytes: 100 }]);
    expect(facts.facts.btf).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/^unreadable BTF: /) });
  });

  it('a directory where a file should be is refused', async () => {
    const { facts } = await collectWith('linux-6x', [
      { kind: 'remove', path: 'proc/self/limits' },
      { kind: 'write', path: 'proc/self/limits/x', content: '' },
    ]);
    expect(facts.facts.memlock.reason).toMatch(/EISDIR|a directory/);
  });
});

describe('permission denied', () => {
  // Tests usually run as root here, and root reads a chmod-000 file (CAP_DAC_OVERRIDE): the fixture
  // then injects EACCES through the io for those paths. As non-root, chmod 000 alone does it.
  it('an unreadable /proc/self/status costs only the capabilities', async () => {
    const { facts, host } = await collectWith('linux-6x', [{ kind: 'denied', path: 'proc/self/status' }]);
    expect(['chmod', 'injected']).toContain(host.deniedBy);
    expect(facts.facts.capabilities).toEqual({ status: 'unknown', value: null, source: '/proc/self/status', reason: 'EACCES' });
    expectRestIntact(facts, ['capabilities']);
  });

  it('an unreadable vmlinux gives btf unknown EACCES (not "no BTF")', async () => {
    const { facts } = await collectWith('linux-6x', [{ kind: 'denied', path: 'sys/kernel/btf/vmlinux' }]);
    expect(facts.facts.btf).toMatchObject({ status: 'unknown', reason: 'EACCES' });
  });

  it('an unreadable securityfs lsm falls back to CONFIG_LSM when the command line chooses none', async () => {
    const { facts } = await collectWith('linux-6x', [{ kind: 'denied', path: 'sys/kernel/security/lsm' }]);
    expect(facts.facts.lsm).toEqual({
      status: 'ok',
      value: { active: ['capability', 'landlock', 'lockdown', 'yama', 'integrity', 'apparmor', 'bpf'] },
      source: 'CONFIG_LSM (/proc/config.gz)',
      reason: '/sys/kernel/security/lsm: EACCES; no lsm= or security= on /proc/cmdline',
    });
  });

  it.skipIf(process.getuid?.() === 0)('as non-root, chmod 000 alone gives EACCES', async () => {
    const { facts, host } = await collectWith('linux-6x', [{ kind: 'denied', path: 'proc/self/limits' }]);
    expect(host.deniedBy).toBe('chmod');
    expect(facts.facts.memlock.reason).toBe('EACCES');
  });
});

describe('deadlines', () => {
  it('a read that never returns times out; the other facts are unaffected', async () => {
    const hang = (io: HostIo): HostIo => ({
      ...io,
      readFile: (path, limits) => (path.endsWith('/self/limits') ? new Promise(() => {}) : io.readFile(path, limits)),
    });
    const { facts, elapsedMs } = await collectWith('linux-6x', [], { timeoutMs: 300, io: hang });
    expect(facts.facts.memlock).toMatchObject({ status: 'unknown', reason: 'timed out after 300 ms' });
    expect(elapsedMs).toBeLessThan(2000);
    expectRestIntact(facts, ['memlock']);
  });

  it('a command that outlives its deadline is reported as timed out', async () => {
    const slow: HostIo = { ...nodeHostIo, execFile: () => new Promise(() => {}) };
    const host = await materializeHostFixture('linux-6x', { faults: [{ kind: 'write', path: 'usr/sbin/ip', content: '' }] });
    hosts.push(host);
    const facts = await collectHostFacts({ roots: host.roots, io: slow, timeoutMs: 200, runIpVersion: true });
    expect(facts.facts.iproute2).toMatchObject({ status: 'unknown', source: '/usr/sbin/ip -V', reason: 'timed out after 700 ms' });
  });
});
