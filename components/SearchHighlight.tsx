/**
 * Text with its matches marked. Every part is a React text node: a query of HTML shows as text.
 * No hooks, so both the server page and the header box use it.
 */
import { splitByRanges } from '@/lib/search/highlight';
import type { Range } from '@/lib/search/types';

export function SearchHighlight({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  return (
    <>
      {splitByRanges(text, ranges).map((part, i) =>
        part.marked ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-500/40">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
