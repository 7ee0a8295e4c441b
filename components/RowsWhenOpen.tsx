'use client';
/**
 * A collapsed list of report rows whose rows are made only once it is opened, or when the URL's
 * #anchor names one of them: the probe's "supported" lists hold hundreds of rows (thousands of
 * elements) that most readers never open.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { hashId, revealHashTarget } from './probe-hash';

export function RowsWhenOpen({
  open: openAtFirst,
  anchorIds,
  summary,
  className,
  children,
}: {
  /** Open (and its rows made) from the start. */
  open: boolean;
  /** The anchor ids of its rows. */
  anchorIds: readonly string[];
  summary: ReactNode;
  className?: string;
  /** Makes the rows. */
  children: () => ReactNode;
}) {
  const [made, setMade] = useState(() => openAtFirst || (typeof window !== 'undefined' && anchorIds.includes(hashId())));
  const [revealing, setRevealing] = useState(false);
  useEffect(() => {
    if (made) return;
    // An anchor to one of its rows later on (a link on the page): open, make the rows, then reveal.
    const onHash = () => {
      if (!anchorIds.includes(hashId())) return;
      setMade(true);
      setRevealing(true);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [made, anchorIds]);
  useEffect(() => {
    if (revealing) revealHashTarget();
  }, [revealing]);
  return (
    <details className={className} open={openAtFirst} onToggle={(e) => e.currentTarget.open && setMade(true)}>
      <summary className="cursor-pointer text-sm">{summary}</summary>
      {made && children()}
    </details>
  );
}
