/**
 * The fleet page's tables: their classes, and the box a wide table scrolls in — `relative` (the
 * screen-reader-only header text is absolutely positioned and would otherwise widen the page),
 * focusable (a keyboard can scroll it) and named for screen readers.
 */
export const fleetTable = {
  link: 'text-accent-600 hover:underline dark:text-accent-300',
  table: 'mt-2 w-full min-w-[36rem] border-collapse text-sm',
  th: 'border-b border-slate-300 px-2 py-1.5 text-left font-semibold dark:border-slate-700',
  td: 'border-b border-slate-100 px-2 py-1.5 align-top dark:border-slate-800',
  num: 'border-b border-slate-100 px-2 py-1.5 align-top dark:border-slate-800 text-right tabular-nums',
};

export function FleetScrollBox({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="relative overflow-x-auto" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
