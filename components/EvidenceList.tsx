import type { Lang } from '@/lib/features/types';
import { evidenceSegments, type Evidence } from '@/lib/verdicts/evidence';

/** Evidence sentences in the reader's language, names set as code. */
export function EvidenceList({
  evidence,
  lang,
  label,
  className = '',
}: {
  evidence: Evidence[];
  lang: Lang;
  label: string;
  className?: string;
}) {
  return (
    <ul aria-label={label} className={`list-disc pl-5 text-slate-700 dark:text-slate-300 ${className}`}>
      {evidence.map((e, i) => (
        <li key={i} data-evidence={e.code}>
          {evidenceSegments(e, lang).map((part, j) =>
            part.code ? (
              <code key={j} className="break-all font-mono text-[0.85em]">
                {part.text}
              </code>
            ) : (
              part.text
            ),
          )}
        </li>
      ))}
    </ul>
  );
}
