/**
 * Tests that read configuration from process.env: each test starts with the named variables unset
 * (then `setup` sets what it needs), and gets the runner's values back afterwards.
 */
import { afterEach, beforeEach } from 'vitest';
import { resetProbeCache } from '../../lib/server/probe';

export function isolateEnv(names: readonly string[], setup: () => void = () => {}): void {
  const saved = Object.fromEntries(names.map((k) => [k, process.env[k]]));
  beforeEach(() => {
    for (const k of names) delete process.env[k];
    setup();
  });
  afterEach(() => {
    for (const k of names) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });
}

/** The probe's variables: no host root or token set, listening on loopback, an empty answer cache. */
export function isolateProbeEnv(): void {
  isolateEnv(['HOST_ROOT', 'HOST_PROC', 'HOST_SYS', 'HOST_ETC', 'PROBE_TOKEN', 'EBPF_DIGEST_LISTEN_HOST', 'PROBE_CACHE_TTL_MS'], () => {
    process.env.EBPF_DIGEST_LISTEN_HOST = '127.0.0.1';
    resetProbeCache();
  });
}
