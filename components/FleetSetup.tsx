import type { Dictionary } from '@/lib/i18n/dictionary';
import { recordingRulesExample, scrapeConfigExample, textfileCronExample } from '@/lib/fleet/setup';
import { absoluteUrl } from '@/lib/site';

// Focusable: a keyboard can scroll the long lines too.
const pre = 'mt-2 overflow-x-auto rounded-md bg-slate-100 px-3 py-2 text-sm dark:bg-slate-900';

/** Without PROMETHEUS_URL: what to set, and how Prometheus gets the hosts' verdicts. */
export function FleetSetup({ t }: { t: Dictionary }) {
  return (
    <section className="mt-6 [&>p]:max-w-prose" aria-labelledby="fleet-setup" data-testid="fleet-setup">
      <h2 id="fleet-setup" className="text-2xl font-bold">
        {t.fleetSetupTitle}
      </h2>
      <p className="mt-2">{t.fleetSetupIntro}</p>
      <p className="mt-4">{t.fleetSetupSite}</p>
      <pre className={pre} tabIndex={0}>
        <code>{scrapeConfigExample()}</code>
      </pre>
      <p className="mt-4">{t.fleetSetupTextfile}</p>
      <pre className={pre} tabIndex={0}>
        <code>{textfileCronExample(absoluteUrl('/collect.sh'))}</code>
      </pre>
      <p className="mt-4">{t.fleetSetupRules}</p>
      <pre className={pre} tabIndex={0}>
        <code>{recordingRulesExample()}</code>
      </pre>
      <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">{t.fleetSetupMore}</p>
    </section>
  );
}
