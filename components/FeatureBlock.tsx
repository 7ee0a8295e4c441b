import type { ReactNode } from 'react';
import type { FeatureRecord, Lang } from '@/lib/features/types';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/site';
import { FeatureBadges } from './FeatureBadges';

/** A news item inside an issue: an anchored section with its title, badges and prose. */
export function FeatureBlock({
  record,
  lang,
  t,
  helperLinks,
  children,
}: {
  record: FeatureRecord;
  lang: Lang;
  t: Dictionary;
  helperLinks: Set<string>;
  children: ReactNode;
}) {
  const title = record.text[lang]?.title ?? record.id;
  return (
    <section
      id={record.id}
      data-feature={record.id}
      aria-labelledby={`${record.id}-title`}
      className="my-6 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
    >
      <h3 id={`${record.id}-title`} className="!mt-0 !mb-2 text-base">
        <a href={paths.feature(lang, record.id)} className="no-underline hover:underline">
          {title}
        </a>{' '}
        <a
          href={`#${record.id}`}
          className="inline-block min-w-6 text-center text-slate-500 no-underline hover:text-accent-600 dark:text-slate-400"
          aria-label={`# ${title}`}
        >
          #
        </a>
      </h3>
      <FeatureBadges record={record} lang={lang} t={t} helperLinks={helperLinks} />
      <div className="[&>p:last-child]:mb-0">{children}</div>
    </section>
  );
}
