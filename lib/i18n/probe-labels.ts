/**
 * The words of the probe's client islands and of the "on this host" badge, picked on the server
 * from their namespaces so the browser gets one language's strings of those alone.
 */
import type { Lang } from '../features/types';
import { commonMessages, type CommonMessages } from './messages/common';
import { probeMessages, type ProbeMessages } from './messages/probe';

/** The probe page's islands: the probe namespace, and the shared words (kinds, kernel). */
export type ProbeLabels = ProbeMessages & CommonMessages;

export function probeLabels(lang: Lang): ProbeLabels {
  return { ...probeMessages[lang], ...commonMessages[lang] };
}

export interface HostBadgeLabels {
  onThisHost: string;
  supported: string;
  unsupported: string;
  unknown: string;
  title: string;
}

export function hostBadgeLabels(lang: Lang): HostBadgeLabels {
  const t = probeMessages[lang];
  return {
    onThisHost: t.onThisHost,
    supported: t.verdictSupported,
    unsupported: t.verdictUnsupported,
    unknown: t.verdictUnknown,
    title: t.hostBadgeTitle,
  };
}

/** A helper page's "callable here from" island: its words only. */
export interface CallableHereLabels {
  title: string;
  none: string;
  verdicts: Record<'supported' | 'unsupported' | 'unknown', string>;
}

export function callableHereLabels(lang: Lang): CallableHereLabels {
  const t = probeMessages[lang];
  return {
    title: t.progTypesCallableHereFrom,
    none: t.progTypesCallableHereNone,
    verdicts: { supported: t.verdictSupported, unsupported: t.verdictUnsupported, unknown: t.verdictUnknown },
  };
}
