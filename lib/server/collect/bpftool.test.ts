/**
 * The bpftool fact: `bpftool version` run at fixed places, on a fixture root with a fake bpftool (a
 * shell script printing what a real one prints), as the collector runs it when HOST_ROOT is `/`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { collectHostFacts } from './host-facts';
import { createBootMemo } from './boot-memo';
import { nodeHostIo, type HostIo } from './io';
import { parseHostFacts } from '../../host-facts/schema';
import { materializeHostFixture, type MaterializedHost } from '../../../test/helpers/host-fixtures';

const hosts: MaterializedHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.cleanup()));
});

/** A fixture host with a fake bpftool at `at` (a host path) that prints `output` and exits with `status`. */
async function hostWithBpftool(at: string | null, output = '', status = 0): Promise<MaterializedHost> {
  const host = await materializeHostFixture('linux-6x');
  hosts.push(host);
  if (at) {
    const file = join(host.root, at);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `#!/bin/sh\nprintf '%s' '${output.replace(/'/g, `'\\''`)}'\nexit ${status}\n`);
    await chmod(file, 0o755);
  }
  return host;
}

async function bpftoolFact(host: MaterializedHost, options: { io?: HostIo; memo?: ReturnType<typeof createBootMemo> } = {}) {
  const facts = await collectHostFacts({ roots: host.roots, runBpftoolVersion: true, ...options });
  expect(parseHostFacts(JSON.parse(JSON.stringify(facts))).ok).toBe(true);
  return facts.facts.bpftool;
}

describe('the bpftool fact', () => {
  it('reads the version from `bpftool version`, not the libbpf line', async () => {
    const host = await hostWithBpftool('usr/sbin/bpftool', '/usr/sbin/bpftool v7.1.0\nusing libbpf v1.1\nfeatures: libbpf_strict\n');
    expect(await bpftoolFact(host)).toEqual({ status: 'ok', value: { version: '7.1.0' }, source: '/usr/sbin/bpftool version' });
  });

  it('looks in /usr/sbin, /usr/bin, /usr/local/sbin, /sbin, in that order', async () => {
    const host = await hostWithBpftool('usr/local/sbin/bpftool', 'bpftool v7.4.0\n');
    expect(await bpftoolFact(host)).toEqual({ status: 'ok', value: { version: '7.4.0' }, source: '/usr/local/sbin/bpftool version' });
    const both = await hostWithBpftool('sbin/bpftool', 'bpftool v5.10.0\n');
    await mkdir(join(both.root, 'usr/bin'), { recursive: true });
    await writeFile(join(both.root, 'usr/bin/bpftool'), "#!/bin/sh\necho 'bpftool v6.1.0'\n");
    await chmod(join(both.root, 'usr/bin/bpftool'), 0o755);
    expect(await bpftoolFact(both)).toMatchObject({ value: { version: '6.1.0' }, source: '/usr/bin/bpftool version' });
  });

  it('not installed: unknown, ENOENT with the places looked in', async () => {
    const host = await hostWithBpftool(null);
    expect(await bpftoolFact(host)).toEqual({
      status: 'unknown',
      value: null,
      source: 'bpftool version',
      reason: 'ENOENT: no bpftool in /usr/sbin/bpftool, /usr/bin/bpftool, /usr/local/sbin/bpftool, /sbin/bpftool',
    });
  });

  it('odd output or a failing bpftool: unknown, saying which', async () => {
    const odd = await hostWithBpftool('usr/sbin/bpftool', 'WARNING: bpftool not found for kernel 6.8.0-45\n');
    expect(await bpftoolFact(odd)).toMatchObject({ status: 'unknown', reason: 'no bpftool version in `bpftool version` output' });
    const failing = await hostWithBpftool('usr/sbin/bpftool', '', 2);
    expect(await bpftoolFact(failing)).toMatchObject({
      status: 'unknown',
      source: '/usr/sbin/bpftool version',
      reason: 'exited with status 2',
    });
  });

  it('is not run when HOST_ROOT is not / (default), and says so', async () => {
    const host = await hostWithBpftool('usr/sbin/bpftool', 'bpftool v7.1.0\n');
    const facts = await collectHostFacts({ roots: host.roots });
    expect(facts.facts.bpftool).toEqual({
      status: 'unknown',
      value: null,
      source: 'bpftool version',
      reason: "not run: HOST_ROOT is not / (the host's bpftool cannot run here)",
    });
  });

  it('runs with fixed arguments, once per boot and binary (boot memo)', async () => {
    const host = await hostWithBpftool('usr/sbin/bpftool', 'bpftool v7.1.0\n');
    const calls: string[][] = [];
    const io: HostIo = {
      ...nodeHostIo,
      execFile: (file, args, limits) => {
        calls.push([file, ...args]);
        return nodeHostIo.execFile(file, args, limits);
      },
    };
    const memo = createBootMemo();
    expect(await bpftoolFact(host, { io, memo })).toMatchObject({ status: 'ok', value: { version: '7.1.0' } });
    expect(await bpftoolFact(host, { io, memo })).toMatchObject({ status: 'ok', value: { version: '7.1.0' } });
    const bpftoolCalls = calls.filter(([file]) => file.endsWith('/bpftool'));
    expect(bpftoolCalls).toEqual([[join(host.root, 'usr/sbin/bpftool'), 'version']]);
  });

  it('a bpftool that hangs times out; the other facts are unaffected', async () => {
    const host = await hostWithBpftool('usr/sbin/bpftool', 'bpftool v7.1.0\n');
    const slow: HostIo = { ...nodeHostIo, execFile: () => new Promise(() => {}) };
    const facts = await collectHostFacts({ roots: host.roots, io: slow, timeoutMs: 200, runBpftoolVersion: true });
    expect(facts.facts.bpftool).toMatchObject({ status: 'unknown', source: '/usr/sbin/bpftool version', reason: 'timed out after 700 ms' });
    expect(facts.facts.kernelRelease.status).toBe('ok');
  });
});
