import type { Lang } from '@/lib/features/types';
import type { FleetHost } from '@/lib/fleet/fleet';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { format } from '@/lib/i18n/format';
import { formatDateTime } from '@/lib/i18n/locale';
import { FleetScrollBox, fleetTable } from './FleetScrollBox';

/** Rows shown per list; the JSON has every one. */
const MAX_ROWS = 500;
const { table, th, td } = fleetTable;

function When({ iso, lang }: { iso: string | null; lang: Lang }) {
  return iso ? <time dateTime={iso}>{formatDateTime(iso, lang)}</time> : <span aria-label="—">—</span>;
}

function Truncated({ shown, total, t }: { shown: number; total: number; t: Dictionary }) {
  return shown < total ? (
    <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{format(t.fleetTruncated, { shown, total })}</p>
  ) : null;
}

/** Hosts as Prometheus knows them: instance and job, kernel, distribution, architecture, BTF, when scraped and read. */
export function FleetHostsTable({ hosts, lang, t, label }: { hosts: FleetHost[]; lang: Lang; t: Dictionary; label: string }) {
  const btf = (v: string) => (v === 'true' ? t.fleetBtfYes : v === 'false' ? t.fleetBtfNo : t.fleetBtfUnknown);
  return (
    <FleetScrollBox label={label}>
      <table className={table}>
        <thead>
          <tr>
            <th className={th}>{t.fleetColInstance}</th>
            <th className={th}>{t.kernel}</th>
            <th className={th}>{t.fleetColDistro}</th>
            <th className={th}>{t.fleetColArch}</th>
            <th className={th}>BTF</th>
            <th className={th}>{t.fleetColLastSeen}</th>
            <th className={th}>{t.fleetColFactsAt}</th>
          </tr>
        </thead>
        <tbody>
          {hosts.slice(0, MAX_ROWS).map((h) => (
            <tr key={`${h.job}/${h.instance}`} data-testid="fleet-host" data-instance={h.instance}>
              <td className={`${td} font-mono text-xs`}>
                {h.instance}
                <span className="block text-slate-500 dark:text-slate-400">
                  {t.fleetColJob}: {h.job}
                </span>
              </td>
              <td className={`${td} font-mono text-xs`} data-testid="fleet-host-kernel">
                {h.kernel}
              </td>
              <td className={td}>{h.distro}</td>
              <td className={`${td} font-mono text-xs`}>{h.arch}</td>
              <td className={td}>{btf(h.btf)}</td>
              <td className={td}>
                <When iso={h.lastSeen} lang={lang} />
              </td>
              <td className={td}>
                <When iso={h.factsAt} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Truncated shown={Math.min(hosts.length, MAX_ROWS)} total={hosts.length} t={t} />
    </FleetScrollBox>
  );
}
