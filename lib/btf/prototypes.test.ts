import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeBtf } from '@/test/helpers/btf-writer';
import { readFunctionPrototypes } from './prototypes';
import { BtfError } from './errors';

describe('readFunctionPrototypes', () => {
  it('writes each asked-for FUNC as a C declaration, and only those it has', () => {
    const blob = writeBtf({ functions: ['bpf_task_acquire', 'vfs_read'] });
    expect(readFunctionPrototypes(blob, ['bpf_task_acquire', 'bpf_no_such'])).toEqual({
      bpf_task_acquire: 'int bpf_task_acquire(int arg)',
    });
    expect(readFunctionPrototypes(writeBtf({ functions: ['f'], byteOrder: 'big' }), ['f'])).toEqual({ f: 'int f(int arg)' });
  });

  it('stops with a BtfError on a blob that is not BTF', () => {
    expect(() => readFunctionPrototypes(new Uint8Array([1, 2, 3, 4]), ['f'])).toThrow(BtfError);
  });

  it.runIf(existsSync('/sys/kernel/btf/vmlinux'))('reads kernel prototypes: pointers, const, void, callbacks, _impl names', () => {
    const bytes = new Uint8Array(readFileSync('/sys/kernel/btf/vmlinux'));
    const protos = readFunctionPrototypes(bytes, ['bpf_task_acquire', 'bpf_rcu_read_lock', 'vfs_read', 'bpf_obj_new_impl']);
    if (protos.bpf_task_acquire) expect(protos.bpf_task_acquire).toBe('struct task_struct *bpf_task_acquire(struct task_struct *p)');
    if (protos.bpf_rcu_read_lock) expect(protos.bpf_rcu_read_lock).toBe('void bpf_rcu_read_lock(void)');
    expect(protos.vfs_read).toMatch(/^ssize_t vfs_read\(struct file \*\w+, char \*\w+, size_t \w+, loff_t \*\w+\)$/);
    if (protos.bpf_obj_new_impl) expect(protos.bpf_obj_new_impl).toMatch(/^void \*bpf_obj_new_impl\(/);
  });
});
