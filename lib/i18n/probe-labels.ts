/**
 * The interface strings the probe's client islands need, picked from the dictionary on the server
 * so the browser gets one language's words, not the whole dictionary.
 */
import type { Dictionary, DictionaryKey } from './dictionary';

type ProbeKey = Extract<DictionaryKey, `probe${string}` | `verdict${string}` | `kind${string}`> | 'kernel' | 'onThisHost';
export type ProbeLabels = Record<ProbeKey, string>;

export function probeLabels(t: Dictionary): ProbeLabels {
  const picked = Object.entries(t).filter(([key]) => /^(probe|verdict|kind)[A-Z]/.test(key) || key === 'kernel' || key === 'onThisHost');
  return Object.fromEntries(picked) as ProbeLabels;
}

export interface HostBadgeLabels {
  onThisHost: string;
  supported: string;
  unsupported: string;
  unknown: string;
  title: string;
}

export function hostBadgeLabels(t: Dictionary): HostBadgeLabels {
  return {
    onThisHost: t.onThisHost,
    supported: t.verdictSupported,
    unsupported: t.verdictUnsupported,
    unknown: t.verdictUnknown,
    title: t.hostBadgeTitle,
  };
}
