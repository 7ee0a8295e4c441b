import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FeatureBadges } from '@/components/FeatureBadges';
import { HostBadgeSlot } from '@/components/HostBadgeSlot';
import { StaticHtml } from '@/components/StaticHtml';
import { findExplainer, findRecord, recordText } from '@/lib/content/queries';
import { formatDetectRule } from '@/lib/features/detect';
import { formatLanding } from '@/lib/features/landing';
import { getDictionary } from '@/lib/i18n/dictionary';
import { format } from '@/lib/i18n/format';
import { htmlLang, otherLang } from '@/lib/i18n/locale';
import { pageMetadata } from '@/lib/metadata';
import { getCatalogIndex, getContent } from '@/lib/server/data';
import { requireLang } from '@/lib/server/params';
import { paths } from '@/lib/site';

type Params = Promise<{ lang: string; id: string }>;

async function load(params: Params) {
  const { lang: l, id } = await params;
  const lang = requireLang(l);
  const content = await getContent();
  const record = findRecord(content, id);
  if (!record) notFound();
  return { lang, content, record };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, record } = await load(params);
  const text = recordText(record, lang);
  return pageMetadata(lang, `/features/${record.id}`, text.title, text.body.slice(0, 200));
}

export default async function FeaturePage({ params }: { params: Params }) {
  const { lang, content, record } = await load(params);
  const t = getDictionary(lang);
  const text = recordText(record, lang);
  const other = otherLang(lang);
  const otherText = record.text[other];
  const catalog = getCatalogIndex();
  const helperLinks = new Set(record.helpers.filter((h) => catalog.byName(h)?.kind === 'helper'));
  const explainers = record.explainers.map((slug) => findExplainer(content, slug, lang)).filter((e) => e !== undefined);

  return (
    <StaticHtml>
      <article>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t.landedIn}: {formatLanding(record.landing)}
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">{text.title}</h1>
        <div className="mt-3">
          <FeatureBadges record={record} lang={lang} t={t} helperLinks={helperLinks} />
        </div>
        <HostBadgeSlot kind="feature" id={record.id} className="mt-2 block empty:hidden" />
        <p data-content className="mt-6 max-w-prose whitespace-pre-line leading-7">
          {text.body}
        </p>

        <dl className="mt-8 grid max-w-prose grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-3 text-sm [&_dd]:[overflow-wrap:anywhere] sm:gap-x-6">
          <dt className="font-semibold">{t.sourceIssue}</dt>
          <dd>
            <a href={paths.featureAnchor(lang, record.issue, record.id)} className="text-accent-600 underline dark:text-accent-300">
              {format(t.readInIssue, { n: record.issue })}
            </a>
          </dd>
          {record.apis.length > 0 && (
            <>
              <dt className="font-semibold">{t.apis}</dt>
              <dd className="font-mono">{record.apis.join(', ')}</dd>
            </>
          )}
          {explainers.length > 0 && (
            <>
              <dt className="font-semibold">{t.relatedExplainers}</dt>
              <dd>
                <ul>
                  {explainers.map((e) => (
                    <li key={e.slug}>
                      <a href={paths.explainer(lang, e.slug)} className="text-accent-600 underline dark:text-accent-300">
                        {e.frontmatter.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {record.detect.length > 0 && (
            <>
              <dt className="font-semibold">{t.detect}</dt>
              <dd className="font-mono">{record.detect.map(formatDetectRule).join(' ')}</dd>
            </>
          )}
          {otherText && (
            <>
              <dt className="font-semibold">{t.otherLanguageVersion}</dt>
              <dd lang={htmlLang(other)}>
                <a href={paths.feature(other, record.id)} hrefLang={other} className="text-accent-600 underline dark:text-accent-300">
                  {otherText.title}
                </a>
              </dd>
            </>
          )}
        </dl>
      </article>
    </StaticHtml>
  );
}
