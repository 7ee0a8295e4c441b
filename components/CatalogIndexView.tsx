import type { CatalogEntry, CatalogKind } from '@/lib/catalog/types';
import type { Lang } from '@/lib/features/types';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { KIND_LABEL_KEYS } from '@/lib/i18n/kinds';
import { paths } from '@/lib/site';

/** All entries of one catalog kind, as a table (name, kernel), newest first. */
export function CatalogIndexView({ kind, entries, lang, t }: { kind: CatalogKind; entries: CatalogEntry[]; lang: Lang; t: Dictionary }) {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">
        {t[KIND_LABEL_KEYS[kind]]} <span className="text-slate-500">({entries.length})</span>
      </h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t.catalogNotice}</p>
      <table className="mt-6 w-full text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="py-2 pr-4">
              {t[KIND_LABEL_KEYS[kind]]}
            </th>
            <th scope="col" className="py-2">
              {t.landedIn}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e, i) => (
            // The first entry of each version is its anchor (`#v5.11`: the timeline links there).
            <tr
              key={e.name}
              id={i === 0 || entries[i - 1]!.kernel !== e.kernel ? `v${e.kernel}` : undefined}
              className="scroll-mt-20 border-b border-slate-100 dark:border-slate-800"
            >
              <td className="py-1.5 pr-4 font-mono break-all">
                <a href={paths.catalogEntry(lang, kind, e.name)} className="text-accent-600 hover:underline dark:text-accent-300">
                  {e.name}
                </a>
              </td>
              <td className="py-1.5">{e.kernel}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
