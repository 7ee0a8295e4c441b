import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { FleetReportView, type FleetItemInfo } from '@/components/FleetReportView';
import { FleetSetup } from '@/components/FleetSetup';
import { recordText } from '@/lib/content/queries';
import type { FleetGroupBy } from '@/lib/fleet/fleet';
import { getDictionary, type Dictionary } from '@/lib/i18n/dictionary';
import { pageMetadata } from '@/lib/metadata';
import { getCatalog, getContent } from '@/lib/server/data';
import { readFleet, type FleetErrorCode } from '@/lib/server/fleet';
import { requireLang } from '@/lib/server/params';
import { probeAccess } from '@/lib/server/probe';
import { paths } from '@/lib/site';

type Params = Promise<{ lang: string }>;
type Query = Promise<Record<string, string | string[] | undefined>>;

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const lang = requireLang((await params).lang);
  const t = getDictionary(lang);
  // It shows this operator's hosts: nothing for a search engine.
  return { ...pageMetadata(lang, '/fleet', t.fleetTitle, t.fleetIntro), robots: { index: false, follow: false } };
}

function errorText(code: FleetErrorCode, t: Dictionary): string {
  switch (code) {
    case 'prometheus_unreachable':
      return t.fleetErrorUnreachable;
    case 'prometheus_timeout':
      return t.fleetErrorTimeout;
    case 'prometheus_error':
      return t.fleetErrorPrometheus;
    case 'bad_request':
      return t.fleetErrorBadRequest;
    case 'fleet_misconfigured':
    case 'fleet_not_configured':
      return t.fleetErrorMisconfigured;
  }
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

/**
 * The fleet from Prometheus, rendered on the server (works without JavaScript): the same answer as
 * GET /api/fleet, under the same access rules. Without PROMETHEUS_URL it says how to set it up.
 */
export default async function FleetPage({ params, searchParams }: { params: Params; searchParams: Query }) {
  const lang = requireLang((await params).lang);
  const t = getDictionary(lang);
  const query = await searchParams;
  const item = first(query.item);
  const group = first(query.group);
  const access = probeAccess({ headers: await headers() }, process.env);
  const box = 'mt-6 max-w-prose rounded-lg border p-4';

  let body: React.ReactNode;
  if (!access.allowed) {
    body = (
      <section className={`${box} border-amber-300 dark:border-amber-700`} data-testid="fleet-refused" data-reason={access.reason}>
        <h2 className="text-xl font-bold">{t.fleetRefusedTitle}</h2>
        <p className="mt-2">{t.fleetRefused}</p>
      </section>
    );
  } else {
    const result = await readFleet({ item, group });
    if (!result.ok && result.body.error === 'fleet_not_configured') {
      body = <FleetSetup t={t} />;
    } else if (!result.ok) {
      body = (
        <section
          className={`${box} border-rose-300 dark:border-rose-800`}
          role="alert"
          data-testid="fleet-error"
          data-error={result.body.error}
        >
          <h2 className="text-xl font-bold">{t.fleetErrorTitle}</h2>
          <p className="mt-2">{errorText(result.body.error, t)}</p>
          {/* The server's own words (English), with the address and the cause. */}
          <p className="mt-2 font-mono text-sm" lang="en">
            {result.body.message}
          </p>
          <p className="mt-3">
            <a href={paths.fleet(lang)} className="text-accent-600 underline dark:text-accent-300">
              {t.fleetRetry}
            </a>
          </p>
        </section>
      );
    } else {
      const { records } = await getContent();
      const items = new Map<string, FleetItemInfo>([
        ...records.map((r): [string, FleetItemInfo] => [
          `feature:${r.id}`,
          { title: recordText(r, lang).title, href: paths.feature(lang, r.id) },
        ]),
        ...getCatalog().entries.map((e): [string, FleetItemInfo] => [
          `${e.kind}:${e.name}`,
          { title: e.name, href: paths.catalogEntry(lang, e.kind, e.name) },
        ]),
      ]);
      const chosenGroup: FleetGroupBy | '' = group === 'kernel' || group === 'distro' ? group : '';
      body = <FleetReportView answer={result.answer} lang={lang} t={t} items={items} chosen={{ item, group: chosenGroup }} />;
    }
  }

  return (
    <article>
      <h1 className="text-3xl font-bold tracking-tight">{t.fleetTitle}</h1>
      <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">{t.fleetIntro}</p>
      {body}
    </article>
  );
}
