'use client';
/**
 * The page's "on this host" badges: one island for all of them. After load it finds the
 * HostBadgeSlot placeholders in the page's static HTML, asks the live probe once (only when there
 * is a slot) and puts each item's badge into its slot (a portal). Nothing shows while loading, or
 * when the probe is off or absent.
 */
import { startTransition, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CatalogKind } from '@/lib/catalog/types';
import type { Lang } from '@/lib/features/types';
import type { HostBadgeLabels } from '@/lib/i18n/probe-labels';
import type { HostVerdicts } from '@/lib/verdicts/host-verdicts';
import { fetchProbe } from '@/lib/verdicts/probe-api';
import type { Verdict } from '@/lib/verdicts/types';
import { HostBadge } from './HostBadge';

interface FilledSlot {
  element: HTMLElement;
  kind: 'feature' | CatalogKind;
  id: string;
  verdict: Verdict;
}

function fill(slots: HTMLElement[], verdicts: HostVerdicts): FilledSlot[] {
  const index = new Map(verdicts.features.map((f) => [`${f.kind}:${f.id}`, f.verdict]));
  return slots.flatMap((element) => {
    const kind = element.dataset.hostBadge as FilledSlot['kind'];
    const id = element.dataset.id ?? '';
    const verdict = index.get(`${kind}:${id}`);
    return verdict ? [{ element, kind, id, verdict }] : [];
  });
}

export function HostBadges({ lang, labels }: { lang: Lang; labels: HostBadgeLabels }) {
  const [filled, setFilled] = useState<FilledSlot[]>([]);
  useEffect(() => {
    const slots = [...document.querySelectorAll<HTMLElement>('[data-host-badge]')];
    if (slots.length === 0) return;
    let live = true;
    fetchProbe().then((state) => {
      // A transition: dozens of badges render in slices, not one long task.
      if (live && state.status === 'ready') startTransition(() => setFilled(fill(slots, state.verdicts)));
    });
    return () => {
      live = false;
    };
  }, []);
  return filled.map((slot, i) =>
    createPortal(<HostBadge kind={slot.kind} id={slot.id} verdict={slot.verdict} lang={lang} labels={labels} />, slot.element, String(i)),
  );
}
