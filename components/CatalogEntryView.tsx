import type { PrototypeShown } from '@/lib/catalog/prototypes';
import type { CatalogEntry } from '@/lib/catalog/types';
import { format } from '@/lib/i18n/format';
import type { FeatureRecord, Lang } from '@/lib/features/types';
import { recordText } from '@/lib/content/queries';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { KIND_LABEL_KEYS } from '@/lib/i18n/kinds';
import { paths } from '@/lib/site';
import { HostBadgeSlot } from './HostBadgeSlot';

/** One catalog entry: version, commit, sources, callers, digest mentions, docs link. */
export function CatalogEntryView({
  entry,
  mentions,
  prototype = null,
  lang,
  t,
}: {
  entry: CatalogEntry;
  mentions: FeatureRecord[];
  /** Its C declaration, for helpers and kfuncs, and where it was read. */
  prototype?: PrototypeShown | null;
  lang: Lang;
  t: Dictionary;
}) {
  const link = 'text-accent-600 underline dark:text-accent-300';
  return (
    <article>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        <a href={paths.catalogIndex(lang, entry.kind)} className="hover:underline">
          {t[KIND_LABEL_KEYS[entry.kind]]}
        </a>
      </p>
      <h1 className="mt-1 break-all font-mono text-3xl font-bold tracking-tight">{entry.name}</h1>
      <HostBadgeSlot kind={entry.kind} id={entry.name} className="mt-2 block empty:hidden" />
      {prototype && (
        <figure className="mt-4" data-testid="prototype" data-from={prototype.from}>
          <figcaption className="text-sm font-semibold">{t.prototype}</figcaption>
          <pre className="mt-1 overflow-x-auto rounded-md bg-slate-100 p-3 font-mono text-sm dark:bg-slate-800">
            <code>{prototype.prototype}</code>
          </pre>
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            {prototype.from === 'helper-defs'
              ? format(t.prototypeHelperDefs, { version: prototype.version ?? '' })
              : prototype.from === 'host'
                ? t.prototypeHost
                : format(t.prototypeShipped, { kernel: prototype.kernel })}
            {prototype.from !== 'helper-defs' && prototype.btfName ? ` · ${format(t.prototypeImpl, { name: prototype.btfName })}` : ''}
          </p>
        </figure>
      )}
      <dl className="mt-6 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-3 text-sm [&_dd]:[overflow-wrap:anywhere] sm:gap-x-6">
        <dt className="font-semibold">{t.landedIn}</dt>
        <dd>
          <a href={`${paths.home(lang)}#v${entry.kernel}`} className={link}>
            Linux {entry.kernel}
          </a>
        </dd>
        <dt className="font-semibold">{t.commit}</dt>
        <dd className="font-mono">
          {entry.commitUrl ? (
            <a href={entry.commitUrl} className={link} rel="noopener">
              {entry.commit?.slice(0, 12)}
            </a>
          ) : (
            '—'
          )}
        </dd>
        <dt className="font-semibold">{t.sources}</dt>
        <dd>
          <ul>
            {entry.sources.map((s) => (
              <li key={s.source}>
                {s.source}: {s.kernel}
                {s.commit ? <span className="font-mono"> ({s.commit.slice(0, 12)})</span> : null}
              </li>
            ))}
          </ul>
          {entry.disagreement && (
            <p className="mt-1 text-amber-800 dark:text-amber-300">
              {t.disagreement}: {entry.disagreement}
            </p>
          )}
          {entry.versionOrder && (
            <p className="mt-1 max-w-prose text-slate-700 dark:text-slate-300" data-testid="version-kept">
              {format(entry.versionOrder.rule === 'order' ? t.versionKeptOrder : t.versionKeptPrecedence, {
                source: entry.versionOrder.kept,
                kernel: entry.kernel,
                position:
                  entry.kind === 'helper'
                    ? format(t.versionPositionHelper, { id: entry.versionOrder.id })
                    : format(t.versionPositionEnum, { id: entry.versionOrder.id, enum: 'enum' in entry.btf ? entry.btf.enum : '' }),
                prev: entry.versionOrder.previous ? format(t.versionNeighbour, { ...entry.versionOrder.previous }) : t.versionNoPrevious,
                next: entry.versionOrder.next ? format(t.versionNeighbour, { ...entry.versionOrder.next }) : t.versionNoNext,
              })}
            </p>
          )}
        </dd>
        <dt className="font-semibold">{t.docs}</dt>
        <dd>
          <a href={entry.docsUrl} className={link} rel="noopener">
            docs.ebpf.io
          </a>
        </dd>
      </dl>

      <section aria-labelledby="mentions" className="mt-10">
        <h2 id="mentions" className="text-xl font-semibold">
          {t.mentionedIn}
        </h2>
        {mentions.length === 0 ? (
          <p className="mt-2 text-slate-600 dark:text-slate-400">{t.noMentions}</p>
        ) : (
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {mentions.map((r) => (
              <li key={r.id}>
                <a href={paths.feature(lang, r.id)} className={link}>
                  {recordText(r, lang).title}
                </a>{' '}
                {/* inline-block with padding: a 24 px target, not a 16 px one crowding the title link (WCAG 2.5.8). */}
                <a
                  href={paths.featureAnchor(lang, r.issue, r.id)}
                  className="inline-block py-0.5 text-sm text-slate-600 hover:underline dark:text-slate-400"
                >
                  ({t.sourceIssue}: #{r.issue})
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>

      {entry.programTypes.length > 0 && (
        <section aria-labelledby="callers" className="mt-10">
          <h2 id="callers" className="text-xl font-semibold">
            {t.callableFrom} ({entry.programTypes.length})
          </h2>
          <ul className="mt-3 flex flex-wrap gap-2 font-mono text-xs">
            {entry.programTypes.map((p) => (
              <li key={p}>
                <a
                  href={paths.catalogEntry(lang, 'program-type', p)}
                  className="rounded bg-slate-100 px-1.5 py-0.5 hover:underline dark:bg-slate-800"
                >
                  {p}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
