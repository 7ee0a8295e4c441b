/**
 * CO-RE readiness: what a compile-once-run-everywhere program needs from this kernel, read from
 * the probe's checks. Pure (the probe page computes it in the browser).
 */
import type { HostCheck } from './checks';

export type CoreItemId = 'kernel_btf' | 'config_btf' | 'modules_btf' | 'bpf_syscall' | 'jit' | 'privileges';
export type CoreStatus = 'pass' | 'fail' | 'unknown';

export interface CoreItem {
  id: CoreItemId;
  status: CoreStatus;
  /** Required for CO-RE; the others help (module BTF for module types, JIT, privileges to load). */
  required: boolean;
  /** The checks that decided it (the page renders their values and sources in its language). */
  checks: HostCheck[];
}

function find(checks: readonly HostCheck[], id: HostCheck['id']): HostCheck | undefined {
  return checks.find((c) => c.id === id);
}

/** y or m → pass; not set → fail; unknown → `otherwise` (another check may still decide). */
function configStatus(check: HostCheck | undefined, otherwise: CoreStatus): CoreStatus {
  if (!check || check.status === 'unknown') return otherwise;
  return check.value === false || check.value === 'n' ? 'fail' : 'pass';
}

export function coreReadiness({ checks }: { checks: readonly HostCheck[] }): CoreItem[] {
  const btf = find(checks, 'btf');
  const btfStatus: CoreStatus = btf?.status !== 'ok' ? 'unknown' : btf.value === true ? 'pass' : 'fail';
  const configBtf = find(checks, 'CONFIG_DEBUG_INFO_BTF');
  const configModules = find(checks, 'CONFIG_DEBUG_INFO_BTF_MODULES');
  const modules = find(checks, 'btf_modules');
  const syscall = find(checks, 'CONFIG_BPF_SYSCALL');
  const jit = find(checks, 'jit');
  const alwaysOn = find(checks, 'CONFIG_BPF_JIT_ALWAYS_ON');
  const capBpf = find(checks, 'cap_bpf');
  const capSysAdmin = find(checks, 'cap_sys_admin');

  const jitStatus: CoreStatus =
    configStatus(alwaysOn, 'unknown') === 'pass' ? 'pass' : jit?.status !== 'ok' ? 'unknown' : jit.value === '0' ? 'fail' : 'pass';
  const caps = [capBpf, capSysAdmin];
  const privileges: CoreStatus = caps.some((c) => c?.status === 'ok' && c.value === true)
    ? 'pass'
    : caps.every((c) => c?.status === 'ok')
      ? 'fail'
      : 'unknown';

  const present = (...list: (HostCheck | undefined)[]) => list.filter((c): c is HostCheck => c !== undefined);
  // Kernel BTF is made from CONFIG_DEBUG_INFO_BTF, and BTF needs the bpf() syscall: with BTF there, both hold.
  const impliedByBtf: CoreStatus = btfStatus === 'pass' ? 'pass' : 'unknown';
  return [
    { id: 'kernel_btf', status: btfStatus, required: true, checks: present(btf) },
    { id: 'config_btf', status: configStatus(configBtf, impliedByBtf), required: true, checks: present(configBtf) },
    {
      id: 'modules_btf',
      status: configStatus(configModules, modules?.status === 'ok' && Number(modules.value) > 0 ? 'pass' : 'unknown'),
      required: false,
      checks: present(configModules, modules),
    },
    { id: 'bpf_syscall', status: configStatus(syscall, impliedByBtf), required: true, checks: present(syscall) },
    { id: 'jit', status: jitStatus, required: false, checks: present(jit, alwaysOn) },
    { id: 'privileges', status: privileges, required: false, checks: present(capBpf, capSysAdmin) },
  ];
}
