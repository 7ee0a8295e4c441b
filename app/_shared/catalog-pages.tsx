/**
 * The page functions every catalog kind shares (helpers, program types, map types, attach
 * types, kfuncs): each route file binds them to its kind.
 */
import 'server-only';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Island } from '@/components/Island';
import { CatalogEntryView } from '@/components/CatalogEntryView';
import { CatalogIndexView } from '@/components/CatalogIndexView';
import { StaticHtml } from '@/components/StaticHtml';
import type { CatalogKind } from '@/lib/catalog/types';
import { compareVersionStrings } from '@/lib/kernel/version';
import { recordsMentioning } from '@/lib/content/queries';
import { getDictionary } from '@/lib/i18n/dictionary';
import { KIND_LABEL_KEYS } from '@/lib/i18n/kinds';
import { callableHereLabels } from '@/lib/i18n/probe-labels';
import { pageMetadata } from '@/lib/metadata';
import { CATALOG_SEGMENTS } from '@/lib/site';
import { getCatalog, getContent } from '@/lib/server/data';
import { requireLang } from '@/lib/server/params';
import { prototypeFor } from '@/lib/server/prototypes';

type IndexParams = Promise<{ lang: string }>;
type EntryParams = Promise<{ lang: string; name: string }>;

function entriesOf(kind: CatalogKind) {
  return getCatalog()
    .entries.filter((e) => e.kind === kind)
    .sort((a, b) => compareVersionStrings(b.kernel, a.kernel) || a.name.localeCompare(b.name));
}

function findEntry(kind: CatalogKind, name: string) {
  const entry = getCatalog().entries.find((e) => e.kind === kind && e.name === name);
  if (!entry) notFound();
  return entry;
}

export function catalogIndexPage(kind: CatalogKind) {
  return {
    async generateMetadata({ params }: { params: IndexParams }): Promise<Metadata> {
      const lang = requireLang((await params).lang);
      const t = getDictionary(lang);
      return pageMetadata(lang, `/${CATALOG_SEGMENTS[kind]}`, t[KIND_LABEL_KEYS[kind]], t.catalogNotice);
    },
    async Page({ params }: { params: IndexParams }) {
      const lang = requireLang((await params).lang);
      return (
        <StaticHtml>
          <CatalogIndexView kind={kind} entries={entriesOf(kind)} lang={lang} t={getDictionary(lang)} />
        </StaticHtml>
      );
    },
  };
}

export function catalogEntryPage(kind: CatalogKind) {
  return {
    async generateMetadata({ params }: { params: EntryParams }): Promise<Metadata> {
      const { lang: l, name } = await params;
      const lang = requireLang(l);
      const entry = findEntry(kind, decodeURIComponent(name));
      return pageMetadata(lang, `/${CATALOG_SEGMENTS[kind]}/${entry.name}`, entry.name, `${entry.name}: Linux ${entry.kernel}`);
    },
    async Page({ params }: { params: EntryParams }) {
      const { lang: l, name } = await params;
      const lang = requireLang(l);
      const entry = findEntry(kind, decodeURIComponent(name));
      const mentions = recordsMentioning(await getContent(), entry.name);
      // Rendered once and kept (a reading page): the prototype comes from the shipped lists, never
      // from this host (which would make the page depend on who asks); helper pages get the live
      // "callable here from" as an island beside the static part.
      const prototype = await prototypeFor(kind, entry.name, false);
      const t = getDictionary(lang);
      return (
        <>
          <StaticHtml>
            <CatalogEntryView entry={entry} mentions={mentions} prototype={prototype} lang={lang} t={t} />
          </StaticHtml>
          {entry.kind === 'helper' && entry.programTypes.length > 0 && (
            <Island name="CallableHere" props={{ helper: entry.name, lang, labels: callableHereLabels(lang) }} />
          )}
        </>
      );
    },
  };
}
