import type { Metadata } from 'next';
import { Island } from '@/components/Island';
import { ProgramTypeChooser } from '@/components/ProgramTypeChooser';
import { recordText } from '@/lib/content/queries';
import { toEvaluatorData } from '@/lib/verdicts/evaluator-data';
import { LANGS } from '@/lib/features/types';
import { getDictionary } from '@/lib/i18n/dictionary';
import { probeLabels } from '@/lib/i18n/probe-labels';
import { pageMetadata } from '@/lib/metadata';
import { PROBE_API_PATH } from '@/lib/verdicts/probe-api';
import { getCatalog, getContent } from '@/lib/server/data';
import { requireLang } from '@/lib/server/params';
import { paths } from '@/lib/site';

/** Where the site serves the collector script (app/collect.sh/route.ts). */
const COLLECT_SCRIPT_PATH = '/collect.sh';

type Params = Promise<{ lang: string }>;

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const lang = requireLang((await params).lang);
  const t = getDictionary(lang);
  return pageMetadata(lang, '/probe', t.probeTitle, t.probeIntro);
}

/**
 * The shell is static; the check itself runs in the browser: this host against GET /api/probe
 * (ProbeView), another host's facts with the evaluator and the lean data passed here
 * (CheckAnotherHost, lib/verdicts/evaluator-data: ~20 kB of JSON in the page, ~5 kB gzipped).
 */
export default async function ProbePage({ params }: { params: Params }) {
  const lang = requireLang((await params).lang);
  const t = getDictionary(lang);
  const { records } = await getContent();
  const meta = records.map((r) => ({ id: r.id, title: recordText(r, lang).title, kernel: r.kernel }));
  const link = 'text-accent-600 underline dark:text-accent-300';
  return (
    <article>
      <h1 className="text-3xl font-bold tracking-tight">{t.probeTitle}</h1>
      <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">{t.probeIntro}</p>
      <p className="mt-2 max-w-prose text-sm text-slate-600 dark:text-slate-400">
        {t.probeWhichHost}{' '}
        <a href={PROBE_API_PATH} className={link} data-testid="probe-json">
          {t.probeJson}
        </a>
      </p>
      <p className="mt-1 max-w-prose text-sm text-slate-600 dark:text-slate-400">
        <a href={paths.fleet(lang)} className={link} data-testid="probe-fleet-link">
          {t.fleetFromProbe}
        </a>
      </p>
      <noscript>
        <p className="mt-4 max-w-prose rounded-lg border border-slate-300 p-4 text-sm dark:border-slate-700" data-testid="probe-noscript">
          {t.probeNeedsJs}{' '}
          <a href={PROBE_API_PATH} className={link}>
            {t.probeJson}
          </a>
        </p>
        <p className="mt-2 max-w-prose text-sm">{t.probeOtherNeedsJs}</p>
      </noscript>
      <section aria-labelledby="program-types-here" className="mt-4">
        <h2 id="program-types-here" className="text-base font-semibold">
          {t.progTypesProbeLink}
        </h2>
        <ProgramTypeChooser
          lang={lang}
          types={getCatalog()
            .entries.filter((e) => e.kind === 'program-type')
            .map((e) => e.name)}
          label={t.progTypesChoose}
          submit={t.progTypesShow}
        />
      </section>
      <Island
        name="ProbeTabs"
        props={{
          lang,
          labels: probeLabels(lang),
          records: meta,
          coreHref: paths.explainer(lang, 'co-re'),
          evaluator: toEvaluatorData({ features: records, entries: getCatalog().entries, programHelpers: getCatalog().programHelpers }),
          scriptPath: COLLECT_SCRIPT_PATH,
        }}
      />
    </article>
  );
}
