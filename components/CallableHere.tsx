'use client';
/**
 * A helper page's "callable here from": the program types that may call the helper on the host
 * serving the site (GET /api/probe/helpers/NAME), each linking to what that type may call here.
 * Renders nothing while loading and when the probe is off or absent, as the host badge does.
 */
import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/features/types';
import { fetchHelperCallers } from '@/lib/verdicts/probe-api';
import type { HelperCallers } from '@/lib/verdicts/program-types';
import type { Verdict } from '@/lib/verdicts/types';
import { paths } from '@/lib/site';
import { VerdictPill } from './VerdictPill';

import type { CallableHereLabels } from '@/lib/i18n/probe-labels';

const ORDER: Verdict[] = ['supported', 'unknown', 'unsupported'];

export function CallableHere({ helper, lang, labels }: { helper: string; lang: Lang; labels: CallableHereLabels }) {
  const [callers, setCallers] = useState<HelperCallers | null>(null);
  useEffect(() => {
    let live = true;
    fetchHelperCallers(helper).then((answer) => {
      if (live) setCallers(answer);
    });
    return () => {
      live = false;
    };
  }, [helper]);
  if (!callers) return null;
  const sorted = [...callers.programTypes].sort((a, b) => ORDER.indexOf(a.verdict) - ORDER.indexOf(b.verdict));
  const callable = sorted.filter((p) => p.verdict === 'supported').length;
  return (
    <section aria-labelledby="callable-here" className="mt-10" data-testid="callable-here">
      <h2 id="callable-here" className="text-xl font-semibold">
        {labels.title} ({callable})
      </h2>
      {callable === 0 && <p className="mt-2 text-slate-600 dark:text-slate-400">{labels.none}</p>}
      <ul className="mt-3 flex flex-wrap gap-2 text-xs">
        {sorted.map((p) => (
          <li key={p.programType} data-program-type={p.programType} data-verdict={p.verdict}>
            <a
              href={paths.probeProgramType(lang, p.programType)}
              className="inline-flex items-center gap-1.5 rounded bg-slate-100 px-1.5 py-0.5 font-mono hover:underline dark:bg-slate-800"
            >
              <VerdictPill verdict={p.verdict} label={labels.verdicts[p.verdict]} compact />
              {p.programType}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
