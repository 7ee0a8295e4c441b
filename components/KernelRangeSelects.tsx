/**
 * "From kernel" / "to kernel" selects of a GET filter form (`from`, `to` in the query string),
 * over the kernel versions that have something; the empty option means no bound.
 */
export function KernelRangeSelects({
  versions,
  values,
  labels,
  anyLabel,
  selectClassName,
}: {
  versions: string[];
  values: { from?: string | null; to?: string | null };
  labels: { from: string; to: string };
  anyLabel: string;
  selectClassName: string;
}) {
  return (['from', 'to'] as const).map((field) => (
    <label key={field} className="flex flex-col text-sm">
      <span className="font-semibold">{labels[field]}</span>
      <select name={field} defaultValue={values[field] ?? ''} className={selectClassName}>
        <option value="">{anyLabel}</option>
        {versions.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  ));
}
