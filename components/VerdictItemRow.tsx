import type { Lang } from '@/lib/features/types';
import type { ProbeLabels } from '@/lib/i18n/probe-labels';
import { format } from '@/lib/i18n/format';
import type { VerdictItem } from '@/lib/verdicts/types';
import { paths, probeAnchor } from '@/lib/site';
import { EvidenceList } from './EvidenceList';
import { VerdictPill } from './VerdictPill';

export const VERDICT_LABEL_KEYS = { supported: 'verdictSupported', unsupported: 'verdictUnsupported', unknown: 'verdictUnknown' } as const;

/** The kernel version a catalog entry's evidence compared with (its landing version). */
function kernelOf(item: VerdictItem): string | null {
  const min = item.evidence.find((e) => e.code.startsWith('kernel.'))?.params.min;
  return typeof min === 'string' ? min : null;
}

/**
 * One feature or catalog entry on the probe page: its name linking to its page, the verdict, the
 * evidence in the reader's language and the kernel version in the timeline. `id` is its anchor.
 */
export function VerdictItemRow({
  item,
  lang,
  labels,
  title,
  kernel,
  compact = false,
  anchorPrefix = '',
}: {
  item: VerdictItem;
  lang: Lang;
  labels: ProbeLabels;
  /** A feature's title; catalog entries show their name. */
  title?: string;
  /** The timeline version to link; catalog entries take it from their evidence. */
  kernel?: string | null;
  compact?: boolean;
  /** Before the anchor id, when another host's verdicts on the page have rows of their own. */
  anchorPrefix?: string;
}) {
  const href = item.kind === 'feature' ? paths.feature(lang, item.id) : paths.catalogEntry(lang, item.kind, item.id);
  const version = kernel === undefined ? kernelOf(item) : kernel;
  const link = 'text-accent-600 hover:underline dark:text-accent-300';
  return (
    <li
      id={anchorPrefix + probeAnchor(item.kind, item.id)}
      data-probe-item={`${item.kind}:${item.id}`}
      data-verdict={item.verdict}
      className={`scroll-mt-24 rounded-md data-[probe-target]:ring-2 data-[probe-target]:ring-accent-600 ${compact ? 'py-1.5' : 'border border-slate-200 p-3 dark:border-slate-800'}`}
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <VerdictPill verdict={item.verdict} label={labels[VERDICT_LABEL_KEYS[item.verdict]]} />
        <a href={href} className={`${link} ${title ? 'font-semibold' : 'break-all font-mono text-sm'}`}>
          {title ?? item.id}
        </a>
        {version && (
          <a href={paths.timelineVersion(lang, version)} className="text-xs text-slate-600 hover:underline dark:text-slate-400">
            {format(labels.probeInTimeline, { v: version })}
          </a>
        )}
      </div>
      <EvidenceList
        evidence={item.evidence}
        lang={lang}
        label={labels.probeEvidence}
        className={`mt-1 ${compact ? 'text-xs' : 'text-sm'}`}
      />
    </li>
  );
}
