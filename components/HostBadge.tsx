/**
 * "On this host: supported" for one feature or catalog entry: the badge the HostBadges island
 * puts into a HostBadgeSlot once the live probe has answered.
 */
import type { Lang } from '@/lib/features/types';
import type { HostBadgeLabels } from '@/lib/i18n/probe-labels';
import type { CatalogKind } from '@/lib/catalog/types';
import type { Verdict } from '@/lib/verdicts/types';
import { paths } from '@/lib/site';
import { VerdictPill } from './VerdictPill';

export function HostBadge({
  kind,
  id,
  verdict,
  lang,
  labels,
}: {
  kind: 'feature' | CatalogKind;
  id: string;
  verdict: Verdict;
  lang: Lang;
  labels: HostBadgeLabels;
}) {
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
