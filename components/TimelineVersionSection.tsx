import type { CatalogKind } from '@/lib/catalog/types';
import { CATALOG_KINDS } from '@/lib/catalog/types';
import { recordText } from '@/lib/content/queries';
import type { Lang } from '@/lib/features/types';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { format } from '@/lib/i18n/format';
import { KIND_LABEL_KEYS } from '@/lib/i18n/kinds';
import { paths } from '@/lib/site';
import type { TimelineVersion } from '@/lib/timeline';
import { FeatureBadges } from './FeatureBadges';
import { HostBadgeSlot } from './HostBadgeSlot';

/**
 * The room a version's section takes until it is first shown (render-when-near): at least its
 * height on a 320 px phone (measured: a record up to ~12.5rem there with its host badge, a closed
 * catalog list ~2rem, the heading ~4rem). Too little would let a section, laid out on demand (find-in-page, an
 * accessibility checker measuring tap targets), overlap the next one; too much only lengthens the
 * scrollbar until it is shown.
 */
function estimatedHeightRem(records: number, catalogLists: number): number {
  return 4 + records * 14 + catalogLists * 2.5;
}

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
    <li
      id={`v${v.version}`}
      data-version={v.version}
      aria-labelledby={`v${v.version}-h`}
      className="render-when-near"
      style={{ containIntrinsicSize: `auto ${estimatedHeightRem(v.records.length, kinds.length)}rem` }}
    >
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
                <HostBadgeSlot kind="feature" id={r.id} />
              </p>
            </li>
          ))}
        </ul>
      )}
      {kinds.length > 0 && (
        // The lists' link colours are set here, once for every list of the version.
        <div className="mt-3 space-y-1 [&_details_a]:text-accent-600 [&_details_a:hover]:underline dark:[&_details_a]:text-accent-300">
          {kinds.map((kind) => (
            <details key={kind} className="text-sm" data-kind={kind}>
              <summary className="cursor-pointer">
                {t[KIND_LABEL_KEYS[kind]]} ({v.catalog[kind].length})
              </summary>
              {/* Hundreds of links over the timeline are not in the page: the TimelineCatalogLists
                  island puts a version's list here when it is opened; without JavaScript (or until
                  then) the link leads to the same entries in the kind's index. */}
              <div data-catalog-list={kind} className="mt-2 pb-2 text-xs empty:hidden" />
              <a href={`${paths.catalogIndex(lang, kind)}#v${v.version}`} className="block py-2 text-xs [div:not(:empty)+&]:hidden">
                {format(t.catalogListLink, { n: v.catalog[kind].length, version: v.version, kind: t[KIND_LABEL_KEYS[kind]] })}
              </a>
            </details>
          ))}
        </div>
      )}
    </li>
  );
}
