import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectHostFacts } from '../server/collect/host-facts';
import { summarizeChecks, type HostCheck } from './checks';
import type { HostFacts } from '../host-facts/schema';
import { materializeHostFixture, type MaterializedHost } from '../../test/helpers/host-fixtures';

const hosts: MaterializedHost[] = [];
let linux6x: HostFacts;
let container: HostFacts;
beforeAll(async () => {
  for (const name of ['linux-6x', 'container'] as const) {
    const host = await materializeHostFixture(name);
    hosts.push(host);
    const facts = await collectHostFacts({ roots: host.roots });
    if (name === 'linux-6x') linux6x = facts;
    else container = facts;
  }
});
afterAll(async () => {
  await Promise.all(hosts.map((h) => h.cleanup()));
});

const byId = (checks: HostCheck[]) => Object.fromEntries(checks.map((c) => [c.id, c]));

describe('summarizeChecks', () => {
  it('gives one value per check, in a fixed order', () => {
    const checks = summarizeChecks(linux6x);
    expect(checks.map((c) => [c.id, c.status, c.value])).toEqual([
      ['kernel', 'ok', '6.8.0-45-generic'],
      ['distro', 'ok', 'Ubuntu 24.04.1 LTS'],
      ['arch', 'ok', 'aarch64'],
      ['btf', 'ok', true],
      ['btf_modules', 'ok', 2],
      ['kernel_config', 'ok', true],
      ['bpf_lsm_active', 'ok', true],
      ['lockdown', 'ok', 'none'],
      ['unprivileged_bpf', 'ok', '2'],
      ['jit', 'ok', '1'],
      ['jit_harden', 'ok', '0'],
      ['busy_poll', 'ok', '0'],
      ['busy_read', 'ok', '0'],
      ['cap_bpf', 'ok', true],
      ['cap_perfmon', 'ok', true],
      ['cap_sys_admin', 'ok', true],
      ['cap_net_admin', 'ok', true],
      ['memlock', 'ok', 8388608],
      ['cgroup2', 'ok', 'unified: /sys/fs/cgroup'],
      ['iproute2', 'unknown', null],
      ['iproute2_libbpf', 'unknown', null],
    ]);
  });

  it('carries sources and reasons', () => {
    const checks = byId(summarizeChecks(container));
    expect(checks.kernel_config).toMatchObject({
      status: 'unknown',
      reason: '/boot/config-6.1.0-18-amd64: ENOENT; /proc/config.gz: ENOENT',
    });
    expect(checks.bpf_lsm_active).toEqual({
      id: 'bpf_lsm_active',
      status: 'ok',
      value: true,
      source: '/proc/cmdline (lsm=)',
      reason: '/sys/kernel/security/lsm: securityfs not mounted',
    });
    expect(checks.lockdown).toMatchObject({ status: 'unknown', reason: 'securityfs not mounted' });
    expect(checks.cap_bpf).toMatchObject({ status: 'ok', value: false, source: '/proc/self/status' });
    expect(checks.memlock).toMatchObject({ value: 'unlimited' });
    expect(checks.distro).toMatchObject({ value: 'Alpine Linux v3.20', source: '/usr/lib/os-release' });
  });

  it('never carries the config, the command line or the BTF', () => {
    const json = JSON.stringify(summarizeChecks(linux6x));
    expect(json).not.toMatch(/CONFIG_|BPF_FUNC|BOOT_IMAGE|hunter2/);
    expect(json.length).toBeLessThan(4000);
  });
});
