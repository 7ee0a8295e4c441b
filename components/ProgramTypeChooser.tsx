import type { Lang } from '@/lib/features/types';
import { paths } from '@/lib/site';

/**
 * A plain GET form: choose a program type, see what it may call on this host
 * (/[lang]/probe/program-types?type=…). Works without JavaScript.
 */
export function ProgramTypeChooser({
  lang,
  types,
  selected,
  label,
  submit,
  testId = 'program-type-chooser',
}: {
  lang: Lang;
  types: readonly string[];
  selected?: string;
  label: string;
  submit: string;
  testId?: string;
}) {
  return (
    <form method="get" action={paths.probeProgramType(lang)} className="mt-3 flex flex-wrap items-end gap-2" data-testid={testId}>
      <label className="flex flex-col text-sm font-semibold">
        {label}
        <select
          name="type"
          defaultValue={selected ?? 'BPF_PROG_TYPE_KPROBE'}
          className="mt-1 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-sm font-normal dark:border-slate-600 dark:bg-slate-900"
        >
          {types.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md bg-accent-600 px-4 py-1.5 text-sm font-semibold text-white hover:bg-accent-700">
        {submit}
      </button>
    </form>
  );
}
