/** The boot memo: the kernel's BTF read once per boot and file, kept in memory and on disk. */
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { materializeHostFixture, type MaterializedHost } from '../../../test/helpers/host-fixtures';
import { createBootMemo } from './boot-memo';
import { collectHostFacts } from './host-facts';
import { nodeHostIo, type HostIo } from './io';

const cleanups: (() => Promise<void>)[] = [];
afterAll(() => Promise.all(cleanups.map((c) => c())));

async function fixture(): Promise<MaterializedHost> {
  const host = await materializeHostFixture('linux-6x');
  cleanups.push(host.cleanup);
  return host;
}

/** nodeHostIo, counting reads of the BTF file. */
function countingIo(): HostIo & { btfReads: () => number } {
  let reads = 0;
  return {
    ...nodeHostIo,
    async readFile(path, limits) {
      if (path.endsWith('/sys/kernel/btf/vmlinux')) reads++;
      return nodeHostIo.readFile(path, limits);
    },
    btfReads: () => reads,
  };
}

const wants = { wantedFunctions: ['bpf_task_acquire', 'bpf_nope'] };

describe('boot memo', () => {
  it('reads the BTF once per file: later probes take it from memory, with the same facts', async () => {
    const host = await fixture();
    const io = countingIo();
    const memo = createBootMemo();
    const first = await collectHostFacts({ roots: host.roots, io, memo, ...wants });
    const second = await collectHostFacts({ roots: host.roots, io, memo, ...wants });
    expect(io.btfReads()).toBe(1);
    expect(second.facts.btf).toEqual(first.facts.btf);
    expect(memo.stats()).toMatchObject({ hits: 1, misses: 1 });
    // Without a memo every probe reads it.
    await collectHostFacts({ roots: host.roots, io, ...wants });
    expect(io.btfReads()).toBe(2);
  });

  it('reads it again when the file changes, or other names are asked for', async () => {
    const host = await fixture();
    const io = countingIo();
    const memo = createBootMemo();
    await collectHostFacts({ roots: host.roots, io, memo, ...wants });
    await collectHostFacts({ roots: host.roots, io, memo, wantedFunctions: ['bpf_task_release'] });
    expect(io.btfReads()).toBe(2);
    // A new kernel: the file's identity (size, mtime) changes.
    const vmlinux = join(host.root, 'sys/kernel/btf/vmlinux');
    await utimes(vmlinux, new Date(), new Date(Date.now() + 60_000));
    await collectHostFacts({ roots: host.roots, io, memo, ...wants });
    expect(io.btfReads()).toBe(3);
  });

  it('reads it again after a reboot (another boot id)', async () => {
    const host = await fixture();
    const io = countingIo();
    const memo = createBootMemo();
    const bootId = join(host.proc, 'sys/kernel/random/boot_id');
    await mkdir(dirname(bootId), { recursive: true });
    await writeFile(bootId, 'aaaaaaaa-0000-0000-0000-000000000001\n');
    await collectHostFacts({ roots: host.roots, io, memo, ...wants });
    await writeFile(bootId, 'aaaaaaaa-0000-0000-0000-000000000002\n');
    await collectHostFacts({ roots: host.roots, io, memo, ...wants });
    expect(io.btfReads()).toBe(2);
  });

  it('keeps it on disk for the next process, and ignores a corrupt file', async () => {
    const host = await fixture();
    const dir = await mkdtemp(join(tmpdir(), 'boot-memo-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const io = countingIo();
    const first = await collectHostFacts({ roots: host.roots, io, memo: createBootMemo({ dir }), ...wants });
    const restarted = createBootMemo({ dir });
    const again = await collectHostFacts({ roots: host.roots, io, memo: restarted, ...wants });
    expect(io.btfReads()).toBe(1);
    expect(restarted.stats().diskHits).toBe(1);
    expect(again.facts.btf).toEqual(first.facts.btf);
    for (const f of await readdir(dir)) await writeFile(join(dir, f), '{not json');
    await collectHostFacts({ roots: host.roots, io, memo: createBootMemo({ dir }), ...wants });
    expect(io.btfReads()).toBe(2);
  });

  it('keeps nothing for an io that cannot identify files, or an unreadable BTF', async () => {
    const host = await fixture();
    const memo = createBootMemo();
    const { identity: _identity, ...withoutIdentity } = nodeHostIo;
    await collectHostFacts({ roots: host.roots, io: withoutIdentity, memo, ...wants });
    expect(memo.stats()).toMatchObject({ hits: 0, misses: 0 });
    await writeFile(join(host.root, 'sys/kernel/btf/vmlinux'), 'not btf');
    const broken = await collectHostFacts({ roots: host.roots, io: nodeHostIo, memo, ...wants });
    expect(broken.facts.btf.status).toBe('unknown');
    const again = await collectHostFacts({ roots: host.roots, io: nodeHostIo, memo, ...wants });
    expect(again.facts.btf.status).toBe('unknown');
    expect(memo.stats().hits).toBe(0);
  });
});
