import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { materializeHostFixture, type MaterializedHost } from '../../test/helpers/host-fixtures';
import { prototypeFor } from './prototypes';

const hosts: MaterializedHost[] = [];
afterAll(() => Promise.all(hosts.map((h) => h.cleanup())));

describe('prototypeFor', () => {
  it('a helper: the declaration from libbpf-dev’s bpf_helper_defs.h', async () => {
    expect(await prototypeFor('helper', 'bpf_map_lookup_elem', false)).toMatchObject({
      prototype: 'void *bpf_map_lookup_elem(void *map, const void *key)',
      from: 'helper-defs',
    });
    expect(await prototypeFor('helper', 'bpf_no_such', false)).toBeNull();
    expect(await prototypeFor('map-type', 'BPF_MAP_TYPE_HASH', true)).toBeNull();
  });

  it('a kfunc: this host’s BTF when the probe may answer and the host has it, else the shipped list', async () => {
    const host = await materializeHostFixture('linux-6x');
    hosts.push(host);
    const env = { HOST_ROOT: host.root, PROBE_CACHE_DIR: '' };
    // The fixture's functions are written as `int name(int arg)`: recognisably this host's.
    expect(await prototypeFor('kfunc', 'bpf_task_acquire', true, env)).toEqual({
      prototype: 'int bpf_task_acquire(int arg)',
      from: 'host',
    });
    // bpf_obj_new is in the fixture's BTF as bpf_obj_new_impl.
    expect(await prototypeFor('kfunc', 'bpf_obj_new', true, env)).toMatchObject({ from: 'host', btfName: 'bpf_obj_new_impl' });
    const shipped = await prototypeFor('kfunc', 'bpf_task_acquire', false, env);
    expect(shipped).toMatchObject({ from: 'shipped', prototype: 'struct task_struct *bpf_task_acquire(struct task_struct *p)' });
  });

  it.runIf(existsSync('/sys/kernel/btf/vmlinux'))('this machine’s BTF gives the host prototype', async () => {
    const shown = await prototypeFor('kfunc', 'bpf_task_acquire', true, { PROBE_CACHE_DIR: '' });
    expect(shown).toMatchObject({ from: 'host', prototype: 'struct task_struct *bpf_task_acquire(struct task_struct *p)' });
  });
});
