'use client';
/** The host facts kept in this browser: each with its kernel, a box to compare it, show and remove. */
import type { Lang } from '@/lib/features/types';
import { format } from '@/lib/i18n/format';
import { formatDateTime } from '@/lib/i18n/locale';
import type { ProbeLabels } from '@/lib/i18n/probe-labels';
import type { KeptFacts } from '@/lib/host-facts/storage';

const button =
  'rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

function kernelOf(kept: KeptFacts, unknown: string): string {
  const release = kept.facts.facts.kernelRelease;
  return release.status === 'ok' ? release.value : unknown;
}

export function KeptFactsList({
  kept,
  compared,
  shown,
  lang,
  t,
  onCompare,
  onShow,
  onRemove,
}: {
  kept: KeptFacts[];
  /** Names ticked for the side-by-side view. */
  compared: ReadonlySet<string>;
  /** The kept host shown in full, if any. */
  shown: string | null;
  lang: Lang;
  t: ProbeLabels;
  onCompare: (name: string, on: boolean) => void;
  onShow: (name: string) => void;
  onRemove: (name: string) => void;
}) {
  if (kept.length === 0) {
    return (
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" data-testid="kept-none">
        {t.probeOtherKeptNone}
      </p>
    );
  }
  return (
    <ul
      className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-700"
      data-testid="kept-facts"
    >
      {kept.map((r) => (
        <li
          key={r.name}
          className="flex flex-wrap items-center gap-x-4 gap-y-2 p-3"
          data-kept={r.name}
          data-shown={shown === r.name || undefined}
        >
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={compared.has(r.name)}
              onChange={(e) => onCompare(r.name, e.target.checked)}
              aria-label={format(t.probeOtherInCompareNamed, { name: r.name })}
              className="h-4 w-4 accent-accent-600"
            />
            <span aria-hidden="true">{t.probeOtherInCompare}</span>
          </label>
          <div className="min-w-0 flex-1 basis-48">
            <p className="break-words font-semibold">{r.name}</p>
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {format(t.probeOtherKeptMeta, { kernel: kernelOf(r, t.probeUnknownValue), time: formatDateTime(r.savedAt, lang) })}
            </p>
          </div>
          <div className="flex gap-2">
            <button
              type="button"
              className={button}
              onClick={() => onShow(r.name)}
              aria-label={format(t.probeOtherShowNamed, { name: r.name })}
              aria-pressed={shown === r.name}
            >
              {t.probeOtherShow}
            </button>
            <button
              type="button"
              className={button}
              onClick={() => onRemove(r.name)}
              aria-label={format(t.probeOtherRemoveNamed, { name: r.name })}
            >
              {t.probeOtherRemove}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
