import type { Verdict } from '@/lib/verdicts/types';

const TONES: Record<Verdict, string> = {
  supported: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-200',
  unsupported: 'bg-rose-100 text-rose-900 dark:bg-rose-900/50 dark:text-rose-200',
  unknown: 'bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-200',
};
const MARKS: Record<Verdict, string> = { supported: '✓', unsupported: '✗', unknown: '?' };

/**
 * A verdict as a small coloured label; the mark repeats it for readers who cannot tell the colours
 * apart. `compact`: on narrow screens the mark alone shows, the word stays for screen readers.
 */
export function VerdictPill({ verdict, label, compact = false }: { verdict: Verdict; label: string; compact?: boolean }) {
  return (
    <span
      data-verdict={verdict}
      className={`inline-flex shrink-0 items-center gap-1 whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold ${TONES[verdict]}`}
    >
      <span aria-hidden="true">{MARKS[verdict]}</span>
      {compact ? <span className="sr-only sm:not-sr-only">{label}</span> : label}
    </span>
  );
}
