import type { Metadata } from 'next';
import { CompareForm } from '@/components/CompareForm';
import { CompareResults } from '@/components/CompareResults';
import { CompareWithHost, type CompareHostItemMeta, type CompareHostLabels } from '@/components/CompareWithHost';
import { StaticHtml } from '@/components/StaticHtml';
import releases from '@/data/kernel-releases.json';
import { compareKernels, kernelVersionChoices, parseCompareRange, rangeItems, type CompareError } from '@/lib/compare';
import { recordText } from '@/lib/content/queries';
import { getDictionary, type Dictionary } from '@/lib/i18n/dictionary';
import { format } from '@/lib/i18n/format';
import { normaliseKernelVersion } from '@/lib/kernel/version';
import { pageMetadata } from '@/lib/metadata';
import { getCatalog, getContent } from '@/lib/server/data';
import { requireLang } from '@/lib/server/params';
import { paths } from '@/lib/site';
import { toEvaluatorData } from '@/lib/verdicts/evaluator-data';

type Params = Promise<{ lang: string }>;
type Query = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const lang = requireLang((await params).lang);
  const t = getDictionary(lang);
  return pageMetadata(lang, '/compare', t.compareTitle, t.compareIntro);
}

function errorText(error: CompareError, t: Dictionary): string {
  switch (error.code) {
    case 'missing':
      return t.compareErrorMissing;
    case 'not-a-version':
      return format(t.compareErrorNotAVersion, { value: error.params.value ?? '' });
    case 'not-ascending':
      return format(t.compareErrorNotAscending, { from: error.params.from ?? '', to: error.params.to ?? '' });
  }
}

function hostLabels(t: Dictionary): CompareHostLabels {
  return {
    title: t.compareHostTitle,
    intro: t.compareHostIntro,
    none: t.compareHostNone,
    getReport: t.compareHostGetReport,
    pick: t.compareHostPick,
    choose: t.compareHostChoose,
    summary: t.compareHostSummary,
    releaseUnknown: t.compareHostReleaseUnknown,
    byVersion: t.compareHostByVersion,
    noBtf: t.compareHostNoBtf,
    backported: t.compareHostBackported,
    missing: t.compareHostMissing,
    byVersionBadge: t.compareHostByVersionBadge,
    evidence: t.compareHostShowEvidence,
    supported: t.verdictSupported,
    unsupported: t.verdictUnsupported,
    unknown: t.verdictUnknown,
    kinds: {
      feature: t.searchBadgeFeature,
      helper: t.searchBadgeHelper,
      'program-type': t.searchBadgeProgramType,
      'map-type': t.searchBadgeMapType,
      'attach-type': t.searchBadgeAttachType,
      kfunc: t.searchBadgeKfunc,
    },
  };
}

export default async function ComparePage({ params, searchParams }: { params: Params; searchParams: Query }) {
  const lang = requireLang((await params).lang);
  const t = getDictionary(lang);
  const query = await searchParams;
  const { records } = await getContent();
  const entries = getCatalog().entries;
  const versions = kernelVersionChoices(Object.keys(releases.releases), records, entries);

  const asked = query.from !== undefined || query.to !== undefined;
  const range = asked ? parseCompareRange(query.from, query.to) : null;
  const pick = (value: string | string[] | undefined) => {
    const v = normaliseKernelVersion((Array.isArray(value) ? value[0] : value) ?? '');
    return v && versions.includes(v) ? v : '';
  };
  const comparison = range?.ok ? compareKernels(records, entries, range.from, range.to) : null;

  const meta: CompareHostItemMeta[] = comparison
    ? [
        ...comparison.features.map((r) => ({ key: `feature:${r.id}`, label: recordText(r, lang).title, href: paths.feature(lang, r.id) })),
        ...comparison.catalogByKind.flatMap((g) =>
          g.entries.map((e) => ({ key: `${e.kind}:${e.name}`, label: e.name, href: paths.catalogEntry(lang, e.kind, e.name) })),
        ),
      ]
    : [];

  return (
    <article>
      <StaticHtml>
        <h1 className="text-3xl font-bold tracking-tight">{t.compareTitle}</h1>
        <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">{t.compareIntro}</p>
        <CompareForm lang={lang} t={t} versions={versions} from={pick(query.from)} to={pick(query.to)} />
        {range && !range.ok && (
          <p
            role="alert"
            className="mt-4 rounded-md border border-rose-300 bg-rose-50 px-3 py-2 text-rose-900 dark:border-rose-800 dark:bg-rose-950/40 dark:text-rose-200"
            data-testid="compare-error"
          >
            {errorText(range.error, t)}
          </p>
        )}
        {comparison && <CompareResults c={comparison} lang={lang} t={t} />}
      </StaticHtml>
      {comparison && comparison.counts.total > 0 && (
        <>
          <noscript>
            <p className="mt-10 text-sm text-slate-600 dark:text-slate-400">{t.compareHostNeedsJs}</p>
          </noscript>
          <CompareWithHost
            lang={lang}
            labels={hostLabels(t)}
            probeHref={paths.probe(lang)}
            evaluator={toEvaluatorData(rangeItems(comparison))}
            meta={meta}
          />
        </>
      )}
    </article>
  );
}
