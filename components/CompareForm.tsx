import type { Lang } from '@/lib/features/types';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/site';

const EXAMPLES: [string, string][] = [
  ['5.10', '5.11'],
  ['5.4', '5.15'],
  ['5.15', '6.1'],
  ['6.1', '6.6'],
];

/** The two version pickers: a plain GET form, so the comparison works without JavaScript. */
export function CompareForm({ lang, t, versions, from, to }: { lang: Lang; t: Dictionary; versions: string[]; from: string; to: string }) {
  const select = 'mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900 sm:w-36';
  return (
    <div className="mt-6 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <form method="get" action={paths.compare(lang)} className="flex flex-wrap items-end gap-x-4 gap-y-3" aria-label={t.compareTitle}>
        {(['from', 'to'] as const).map((field) => (
          <label key={field} className="flex min-w-[8rem] flex-1 flex-col text-sm sm:flex-none">
            <span className="font-semibold">{field === 'from' ? t.compareFrom : t.compareTo}</span>
            <select name={field} defaultValue={field === 'from' ? from : to} className={select} data-testid={`compare-${field}`}>
              <option value="">{t.compareChoose}</option>
              {versions.map((v) => (
                <option key={v} value={v}>
                  Linux {v}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit" className="rounded-md bg-accent-600 px-5 py-1.5 text-sm font-semibold text-white hover:bg-accent-700">
          {t.compareSubmit}
        </button>
      </form>
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        {t.compareExamples}{' '}
        {EXAMPLES.map(([a, b], i) => (
          <span key={`${a}-${b}`}>
            {i > 0 && ' · '}
            <a href={paths.compareRange(lang, a, b)} className="whitespace-nowrap text-accent-600 hover:underline dark:text-accent-300">
              {a} → {b}
            </a>
          </span>
        ))}
      </p>
    </div>
  );
}
