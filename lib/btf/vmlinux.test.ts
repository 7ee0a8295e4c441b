import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeBtf } from '@/test/helpers/btf-writer';
import { readBtf, readBtfBase } from './index';

/** The running kernel's own BTF; these tests skip on hosts without CONFIG_DEBUG_INFO_BTF. */
const SYS_BTF = '/sys/kernel/btf';
const VMLINUX = `${SYS_BTF}/vmlinux`;
const hasVmlinux = existsSync(VMLINUX);
const moduleFiles = hasVmlinux ? readdirSync(SYS_BTF).filter((name) => name !== 'vmlinux') : [];

const PROBE_ENUMS = ['bpf_func_id', 'bpf_prog_type', 'bpf_map_type', 'bpf_attach_type', 'bpf_link_type', 'bpf_cmd'];

function timed<T>(label: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  console.log(`${label}: ${(performance.now() - start).toFixed(1)} ms`);
  return result;
}

describe.skipIf(!hasVmlinux)('the real /sys/kernel/btf/vmlinux', () => {
  const bytes = hasVmlinux ? new Uint8Array(readFileSync(VMLINUX)) : new Uint8Array();

  it('holds the helpers, map types and kfuncs the probe looks for', () => {
    const summary = timed(`readBtf(vmlinux, ${bytes.length} bytes)`, () => readBtf(bytes));
    const filtered = timed('readBtf(vmlinux, probe enums only)', () => readBtf(bytes, { enumNames: PROBE_ENUMS }));
    console.log(
      `types ${summary.typeCount}, functions ${summary.functions.length}, named enums ${Object.keys(summary.enums).length}; ` +
        PROBE_ENUMS.map((name) => `${name} ${summary.enums[name]?.length ?? 'absent'}`).join(', '),
    );

    expect(summary.byteOrder).toBe('little');
    expect(summary.typeCount).toBeGreaterThan(10_000);
    expect(summary.enums.bpf_func_id).toEqual(expect.arrayContaining(['BPF_FUNC_ima_inode_hash', 'BPF_FUNC_ringbuf_output']));
    expect(summary.enums.bpf_func_id![0]).toBe('BPF_FUNC_unspec');
    expect(summary.enums.bpf_map_type).toContain('BPF_MAP_TYPE_RINGBUF');
    expect(summary.enums.bpf_prog_type).toContain('BPF_PROG_TYPE_LSM');
    expect(summary.functions).toEqual(expect.arrayContaining(['bpf_task_acquire', 'bpf_task_release', 'bpf_cpumask_create']));
    expect(summary.functions).toContain('vfs_read');

    expect(Object.keys(filtered.enums).sort()).toEqual([...PROBE_ENUMS].sort());
    for (const name of PROBE_ENUMS) expect(filtered.enums[name]).toEqual(summary.enums[name]);
    expect(filtered.functions).toEqual(summary.functions);
  });

  it('looks up only asked-for functions, with the same answer as the full list; reads the kfunc decl tags', () => {
    const full = readBtf(bytes, { enumNames: PROBE_ENUMS });
    const asked = ['bpf_task_acquire', 'bpf_obj_new_impl', 'vfs_read', 'bpf_no_such_function'];
    const some = timed('readBtf(vmlinux, 4 functions asked)', () => readBtf(bytes, { enumNames: PROBE_ENUMS, functions: asked }));
    expect(some.functions).toEqual(full.functions.filter((f) => asked.includes(f)));
    expect(some.kfuncs).toEqual(full.kfuncs);
    // Kernels built with pahole ≥ 1.26 tag every kfunc; then bpf_task_acquire is tagged, vfs_read is not.
    if (full.kfuncTagCount > 0) {
      expect(full.kfuncs).toContain('bpf_task_acquire');
      expect(full.kfuncs).not.toContain('vfs_read');
      expect(full.kfuncs.every((k) => full.functions.includes(k))).toBe(true);
    }
  });

  it('finds struct members and enumerators, anonymous enums included', () => {
    const summary = timed('readBtf(vmlinux, members and enumerators)', () =>
      readBtf(bytes, {
        enumNames: PROBE_ENUMS,
        members: ['bpf_prog.sleepable', 'bpf_prog_aux.might_sleep', 'task_struct.pid', 'task_struct.no_such_member', 'no_such_struct.x'],
        enumerators: ['BTF_KIND_FLOAT', 'BPF_MAP_TYPE_RINGBUF', 'NO_SUCH_ENUMERATOR'],
      }),
    );
    expect(summary.members).toEqual(['bpf_prog.sleepable', 'bpf_prog_aux.might_sleep', 'task_struct.pid']);
    // BTF_KIND_* live in an anonymous enum in the kernel's own BTF.
    expect(summary.enumerators).toEqual(['BPF_MAP_TYPE_RINGBUF', 'BTF_KIND_FLOAT']);
  });

  it('serves as the base of a moduleBlob written against it', () => {
    const base = timed('readBtfBase(vmlinux)', () => readBtfBase(bytes));
    const moduleBlob = writeBtf({
      enums: { fake_mod_state: ['FAKE_MOD_LIVE', 'BPF_FUNC_ringbuf_output'] },
      functions: ['fake_mod_init', 'vfs_read'],
      base,
    });
    const summary = readBtf(moduleBlob, { base });
    expect(summary.enums).toEqual({ fake_mod_state: ['FAKE_MOD_LIVE', 'BPF_FUNC_ringbuf_output'] });
    expect(summary.functions).toEqual(['fake_mod_init', 'vfs_read']);
  });

  it.skipIf(moduleFiles.length === 0)('reads a real moduleBlob file with vmlinux as its base', () => {
    const base = readBtfBase(bytes);
    const name = moduleFiles.includes('bpf_testmod') ? 'bpf_testmod' : moduleFiles[0]!;
    const moduleBytes = new Uint8Array(readFileSync(`${SYS_BTF}/${name}`));
    const summary = timed(`readBtf(${name}, ${moduleBytes.length} bytes)`, () => readBtf(moduleBytes, { base }));
    console.log(`module ${name}: types ${summary.typeCount}, functions ${summary.functions.length}`);
    expect(summary.typeCount).toBeGreaterThan(0);
    expect(summary.byteOrder).toBe('little');
  });
});
