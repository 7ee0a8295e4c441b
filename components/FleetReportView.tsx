import type { Lang } from '@/lib/features/types';
import type { FleetGroupBy, FleetItemCounts, FleetVerdict } from '@/lib/fleet/fleet';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { format } from '@/lib/i18n/format';
import { KIND_LABEL_KEYS } from '@/lib/i18n/kinds';
import { formatDateTime } from '@/lib/i18n/locale';
import type { FleetAnswer } from '@/lib/server/fleet';
import { ITEM_KINDS, type ItemKind } from '@/lib/verdicts/types';
import { FleetHostsTable } from './FleetHostsTable';
import { FleetScrollBox, fleetTable } from './FleetScrollBox';

const { link, table, th, td, num } = fleetTable;

export interface FleetItemInfo {
  /** The feature's title, or the catalog name. */
  title: string;
  href: string;
}

interface Props {
  answer: FleetAnswer;
  lang: Lang;
  t: Dictionary;
  /** `kind:id` → what the site knows of the item (absent: an item the site does not know). */
  items: Map<string, FleetItemInfo>;
  chosen: { item: string; group: FleetGroupBy | '' };
}

function kindLabel(kind: ItemKind, t: Dictionary): string {
  return kind === 'feature' ? t.kindFeature : t[KIND_LABEL_KEYS[kind]];
}

function query(item: string, group: string): string {
  const q = new URLSearchParams();
  if (item) q.set('item', item);
  if (group) q.set('group', group);
  const s = q.toString();
  return s ? `?${s}` : '';
}

function groupLabel(by: FleetGroupBy, t: Dictionary) {
  return by === 'kernel' ? t.fleetGroupKernel : t.fleetGroupDistro;
}

// What holds a fleet back first: the hosts that lack an item, then those that cannot tell.
const VERDICT_COLUMNS: {
  verdict: FleetVerdict;
  key: 'fleetColSupported' | 'fleetColUnsupported' | 'fleetColUnknown' | 'fleetColUnreported';
}[] = [
  { verdict: 'unsupported', key: 'fleetColUnsupported' },
  { verdict: 'unknown', key: 'fleetColUnknown' },
  { verdict: 'supported', key: 'fleetColSupported' },
  { verdict: 'unreported', key: 'fleetColUnreported' },
];

function ItemRow({ item, info, t, group }: { item: FleetItemCounts; info?: FleetItemInfo; t: Dictionary; group: string }) {
  const key = `${item.kind}:${item.id}`;
  return (
    <tr data-testid="fleet-item" data-item={key}>
      <th scope="row" className={`${td} text-left font-normal`}>
        {info ? (
          <a href={info.href} className={link}>
            {info.title}
          </a>
        ) : (
          item.id
        )}
        {info && info.title !== item.id && <span className="block font-mono text-xs text-slate-500 dark:text-slate-400">{item.id}</span>}
      </th>
      {VERDICT_COLUMNS.map(({ verdict }) => (
        <td
          key={verdict}
          className={`${num} ${verdict === 'unsupported' && item.unsupported ? 'font-semibold text-rose-700 dark:text-rose-400' : ''}`}
          data-verdict={verdict}
        >
          {item[verdict]}
        </td>
      ))}
      <td className={`${td} whitespace-nowrap`}>
        {info && (
          <a href={query(key, group)} className={link}>
            {t.fleetLackingLink}
          </a>
        )}
      </td>
    </tr>
  );
}

/** The fleet as Prometheus has it: a form to pick an item and a grouping, that item's hosts, all hosts, every item's counts. */
export function FleetReportView({ answer, lang, t, items, chosen }: Props) {
  const byKind = ITEM_KINDS.map((kind) => ({ kind, list: answer.items.filter((i) => i.kind === kind) })).filter((k) => k.list.length > 0);
  const hostsByKey = new Map(answer.hosts.map((h) => [`${h.job}\u0000${h.instance}`, h]));
  const chosenInfo = answer.item ? items.get(`${answer.item.kind}:${answer.item.id}`) : undefined;
  const chosenTitle = chosenInfo?.title ?? answer.item?.id ?? '';
  const select =
    'mt-1 block w-full max-w-md rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900';
  return (
    <div data-testid="fleet-report">
      <p className="mt-4 [overflow-wrap:anywhere]" role="status" data-testid="fleet-summary">
        {format(t.fleetSummary, {
          hosts: answer.hosts.length,
          url: answer.prometheus,
          ms: answer.queryMs,
          time: formatDateTime(answer.queriedAt, lang),
        })}{' '}
        {answer.counts === 'recorded' && <span data-testid="fleet-counts-recorded">{t.fleetCountsRecorded} </span>}
        <a href={`/api/fleet${query(chosen.item, chosen.group)}`} className={`${link} underline`}>
          {t.fleetJson}
        </a>
      </p>
      {answer.hosts.length === 0 && (
        <p className="mt-4 rounded-lg border border-amber-300 p-4 dark:border-amber-700" data-testid="fleet-empty">
          {t.fleetNoHosts}
        </p>
      )}

      <form method="get" className="mt-6 flex flex-wrap items-end gap-4" data-testid="fleet-form">
        <label className="text-sm">
          {t.fleetItemLabel}
          <select name="item" defaultValue={chosen.item} className={select}>
            <option value="">{t.fleetItemNone}</option>
            {byKind.map(({ kind, list }) => (
              <optgroup key={kind} label={kindLabel(kind, t)}>
                {list
                  .filter((i) => items.has(`${i.kind}:${i.id}`))
                  .map((i) => (
                    <option key={i.id} value={`${i.kind}:${i.id}`}>
                      {items.get(`${i.kind}:${i.id}`)!.title}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t.fleetGroupLabel}
          <select name="group" defaultValue={chosen.group} className={select}>
            <option value="">{t.fleetGroupNone}</option>
            <option value="kernel">{t.fleetGroupKernel}</option>
            <option value="distro">{t.fleetGroupDistro}</option>
          </select>
        </label>
        <button
          type="submit"
          className="rounded-md bg-accent-600 px-4 py-1.5 text-white hover:bg-accent-700 dark:bg-accent-500 dark:text-slate-950"
        >
          {t.fleetShow}
        </button>
      </form>

      {answer.item && (
        <section
          className="mt-8"
          aria-labelledby="fleet-item"
          data-testid="fleet-item-hosts"
          data-item={`${answer.item.kind}:${answer.item.id}`}
        >
          <h2 id="fleet-item" className="text-2xl font-bold">
            {format(t.fleetItemHeading, { item: chosenTitle })}
          </h2>
          <p className="mt-2" data-testid="fleet-item-summary">
            {format(t.fleetItemSummary, {
              unsupported: answer.item.unsupported,
              hosts: answer.hosts.length,
              unknown: answer.item.unknown,
              unreported: answer.item.unreported,
            })}{' '}
            {chosenInfo && (
              <a href={chosenInfo.href} className={`${link} underline`}>
                {format(t.fleetItemPage, { item: chosenTitle })}
              </a>
            )}
          </p>
          {answer.groups && (
            <FleetScrollBox label={format(t.fleetGroupHeading, { by: groupLabel(answer.groups.by, t) })}>
              <table className="mt-2 w-full border-collapse text-sm" data-testid="fleet-item-groups">
                <caption className="mt-4 text-left font-semibold">
                  {format(t.fleetGroupHeading, { by: groupLabel(answer.groups.by, t) })}
                </caption>
                <thead>
                  <tr>
                    <th className={th}>{groupLabel(answer.groups.by, t)}</th>
                    <th className={`${th} text-right`}>{t.fleetColHosts}</th>
                    {VERDICT_COLUMNS.map((c) => (
                      <th key={c.verdict} className={`${th} text-right`}>
                        {t[c.key]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {answer.groups.groups.map((g) => (
                    <tr key={g.value} data-testid="fleet-item-group" data-group={g.value}>
                      <th scope="row" className={`${td} text-left font-mono text-xs font-normal`}>
                        {g.value || t.fleetGroupNotSaid}
                      </th>
                      <td className={num}>{g.hosts}</td>
                      {VERDICT_COLUMNS.map((c) => (
                        <td key={c.verdict} className={num} data-verdict={c.verdict}>
                          {g.item?.[c.verdict] ?? 0}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </FleetScrollBox>
          )}
          {answer.item.unsupported === 0 ? (
            <p className="mt-4">{t.fleetItemNoneLack}</p>
          ) : (
            <div data-testid="fleet-lacking">
              <FleetHostsTable
                hosts={answer.item.hosts
                  .filter((h) => h.verdict === 'unsupported')
                  .map((h) => hostsByKey.get(`${h.job}\u0000${h.instance}`)!)}
                lang={lang}
                t={t}
                label={format(t.fleetItemHeading, { item: chosenTitle })}
              />
            </div>
          )}
          {answer.item.unknown > 0 && (
            <details className="mt-4" data-testid="fleet-cannot-tell">
              <summary className="cursor-pointer">
                {t.fleetItemUnknownHosts} ({answer.item.unknown})
              </summary>
              <FleetHostsTable
                hosts={answer.item.hosts.filter((h) => h.verdict === 'unknown').map((h) => hostsByKey.get(`${h.job}\u0000${h.instance}`)!)}
                lang={lang}
                t={t}
                label={t.fleetItemUnknownHosts}
              />
            </details>
          )}
        </section>
      )}

      {answer.hosts.length > 0 && (
        <section className="mt-8" aria-labelledby="fleet-hosts" data-testid="fleet-hosts">
          <h2 id="fleet-hosts" className="text-2xl font-bold">
            {t.fleetHostsHeading} <span className="text-base font-normal text-slate-600 dark:text-slate-400">({answer.hosts.length})</span>
          </h2>
          {answer.groups ? (
            answer.groups.groups.map((g) => (
              <div key={g.value} className="mt-4" data-testid="fleet-host-group" data-group={g.value}>
                <h3 className="font-semibold">
                  {groupLabel(answer.groups!.by, t)}: <span className="font-mono text-sm">{g.value || t.fleetGroupNotSaid}</span> ({g.hosts}
                  )
                </h3>
                <FleetHostsTable
                  hosts={answer.hosts.filter((h) => h[answer.groups!.by] === g.value)}
                  lang={lang}
                  t={t}
                  label={`${groupLabel(answer.groups!.by, t)}: ${g.value || t.fleetGroupNotSaid}`}
                />
              </div>
            ))
          ) : (
            <FleetHostsTable hosts={answer.hosts} lang={lang} t={t} label={t.fleetHostsHeading} />
          )}
        </section>
      )}

      {byKind.length > 0 && (
        <section className="mt-8" aria-labelledby="fleet-items" data-testid="fleet-items">
          <h2 id="fleet-items" className="text-2xl font-bold">
            {t.fleetItemsHeading}
          </h2>
          <p className="mt-2 max-w-prose text-sm text-slate-600 dark:text-slate-400">{t.fleetItemsIntro}</p>
          {byKind.map(({ kind, list }) => (
            <details key={kind} className="mt-4" open={kind === 'feature' || list.length <= 60} data-testid={`fleet-kind-${kind}`}>
              <summary className="cursor-pointer text-lg font-semibold">
                {kindLabel(kind, t)} ({list.length})
              </summary>
              <FleetScrollBox label={kindLabel(kind, t)}>
                <table className={table}>
                  <thead>
                    <tr>
                      <th className={th}>{t.fleetColItem}</th>
                      {VERDICT_COLUMNS.map((c) => (
                        <th key={c.verdict} className={`${th} text-right`}>
                          {t[c.key]}
                        </th>
                      ))}
                      <th className={th}>
                        <span className="sr-only">{t.fleetItemLabel}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((item) => (
                      <ItemRow key={item.id} item={item} info={items.get(`${item.kind}:${item.id}`)} t={t} group={chosen.group} />
                    ))}
                  </tbody>
                </table>
              </FleetScrollBox>
            </details>
          ))}
        </section>
      )}
    </div>
  );
}
