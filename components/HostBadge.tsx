'use client';
/**
 * "On this host: supported" for one feature or catalog entry, from the live probe (one request per
 * page, shared by every badge). Renders nothing while loading and when the probe is off or absent.
 */
import { useEffect, useState } from 'react';
import type { CatalogKind } from '@/lib/catalog/types';
import type { Lang } from '@/lib/features/types';
import type { HostBadgeLabels } from '@/lib/i18n/probe-labels';
import type { HostVerdicts } from '@/lib/verdicts/host-verdicts';
import { fetchProbe } from '@/lib/verdicts/probe-api';
import type { Verdict } from '@/lib/verdicts/types';
import { paths } from '@/lib/site';
import { VerdictPill } from './VerdictPill';

const verdictIndexes = new WeakMap<HostVerdicts, Map<string, Verdict>>();

function verdictOf(verdicts: HostVerdicts, kind: string, id: string): Verdict | null {
  let index = verdictIndexes.get(verdicts);
  if (!index) {
    index = new Map(verdicts.features.map((f) => [`${f.kind}:${f.id}`, f.verdict]));
    verdictIndexes.set(verdicts, index);
  }
  return index.get(`${kind}:${id}`) ?? null;
}

export function HostBadge({ kind, id, lang, labels }: { kind: 'feature' | CatalogKind; id: string; lang: Lang; labels: HostBadgeLabels }) {
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  useEffect(() => {
    let live = true;
    fetchProbe().then((state) => {
      if (live && state.status === 'ready') setVerdict(verdictOf(state.verdicts, kind, id));
    });
    return () => {
      live = false;
    };
  }, [kind, id]);
  if (!verdict) return null;
  return (
    <a
      href={paths.probeItem(lang, kind, id)}
      title={labels.title}
      data-testid="host-badge"
      data-verdict={verdict}
      className="inline-flex items-center gap-1.5 rounded-md border border-slate-200 px-1.5 py-0.5 text-xs text-slate-700 hover:border-accent-600 hover:underline dark:border-slate-700 dark:text-slate-300"
    >
      {labels.onThisHost}
      <VerdictPill verdict={verdict} label={labels[verdict]} />
    </a>
  );
}
