import type { CatalogKind } from '@/lib/catalog/types';
import { CATALOG_KINDS } from '@/lib/catalog/types';
import { recordText } from '@/lib/content/queries';
import type { Lang } from '@/lib/features/types';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { KIND_LABEL_KEYS } from '@/lib/i18n/kinds';
import { hostBadgeLabels } from '@/lib/i18n/probe-labels';
import { linkListHtml } from '@/lib/html/link-list';
import { paths } from '@/lib/site';
import type { TimelineVersion } from '@/lib/timeline';
import { FeatureBadges } from './FeatureBadges';
import { HostBadge } from './HostBadge';

/** One kernel version: digest features stand out, catalog entries are listed compactly, collapsed. */
export function TimelineVersionSection({
  v,
  lang,
  t,
  helperLinks,
}: {
  v: TimelineVersion;
  lang: Lang;
  t: Dictionary;
  helperLinks: Set<string>;
}) {
  const kinds = CATALOG_KINDS.filter((kind: CatalogKind) => v.catalog[kind].length > 0);
  return (
    <li id={`v${v.version}`} data-version={v.version} aria-labelledby={`v${v.version}-h`}>
      <h2 id={`v${v.version}-h`} className="flex items-baseline gap-3 border-b border-slate-200 pb-1 dark:border-slate-800">
        <span className="text-2xl font-bold">Linux {v.version}</span>
        {v.releaseDate && (
          <time dateTime={v.releaseDate} className="text-sm text-slate-600 dark:text-slate-400">
            {v.releaseDate}
          </time>
        )}
      </h2>
      {v.records.length > 0 && (
        <ul aria-label={t.fromTheDigest} className="mt-4 space-y-3">
          {v.records.map((r) => (
            <li
              key={r.id}
              data-feature={r.id}
              className="rounded-lg border border-accent-100 bg-accent-50/60 p-3 dark:border-sky-900 dark:bg-sky-950/30"
            >
              <h3 className="font-semibold">
                <a href={paths.feature(lang, r.id)} className="hover:underline">
                  {recordText(r, lang).title}
                </a>
              </h3>
              <div className="mt-1.5">
                <FeatureBadges record={r} lang={lang} t={t} helperLinks={helperLinks} />
              </div>
              <p className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
                <a href={paths.featureAnchor(lang, r.issue, r.id)} className="hover:underline">
                  {t.sourceIssue}: #{r.issue}
                </a>
                <HostBadge kind="feature" id={r.id} lang={lang} labels={hostBadgeLabels(lang)} />
              </p>
            </li>
          ))}
        </ul>
      )}
      {kinds.length > 0 && (
        <div className="mt-3 space-y-1">
          {kinds.map((kind) => (
            <details key={kind} className="text-sm" data-kind={kind}>
              <summary className="cursor-pointer">
                {t[KIND_LABEL_KEYS[kind]]} ({v.catalog[kind].length})
              </summary>
              {/* Hundreds of links over the timeline: one HTML string each list, which hydration
                  skips (lib/html/link-list); the link colours are set here, once. */}
              <ul
                className="mt-2 flex flex-wrap gap-x-3 gap-y-1 pb-2 font-mono text-xs [&_a]:text-accent-600 [&_a:hover]:underline dark:[&_a]:text-accent-300"
                dangerouslySetInnerHTML={{
                  __html: linkListHtml(v.catalog[kind].map((e) => ({ href: paths.catalogEntry(lang, kind, e.name), text: e.name }))),
                }}
              />
            </details>
          ))}
        </div>
      )}
    </li>
  );
}
