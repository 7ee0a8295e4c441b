import type { Landing } from './types';

/** `Linux 5.11`, `libbpf 0.3`. */
export function formatLanding(landing: Landing): string {
  return landing.component === 'linux' ? `Linux ${landing.version}` : `${landing.component} ${landing.version}`;
}
