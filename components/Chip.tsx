import type { ReactNode } from 'react';

const TONES = {
  kernel: 'bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-100',
  category: 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100',
  helper: 'bg-accent-50 text-accent-700 dark:bg-sky-900/40 dark:text-sky-100 font-mono',
} as const;

/** A small label; a link when given an href. */
export function Chip({ tone, href, children }: { tone: keyof typeof TONES; href?: string; children: ReactNode }) {
  const className = `inline-block rounded px-1.5 py-0.5 text-xs leading-5 ${TONES[tone]}`;
  return href ? (
    <a href={href} className={`${className} underline-offset-2 hover:underline`}>
      {children}
    </a>
  ) : (
    <span className={className}>{children}</span>
  );
}
