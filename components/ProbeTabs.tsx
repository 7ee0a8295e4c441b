'use client';
/**
 * The probe page's two checks as tabs: this host (the live probe, ProbeView) and another host (its
 * facts evaluated in the browser, CheckAnotherHost — its code loads the first time the tab opens).
 * `#another-host` in the URL opens the second tab; any other anchor (a row of this host's verdicts,
 * as the "on this host" badges link) the first. Both panels stay mounted once shown, so switching
 * keeps uploaded facts and this host's answer.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ProbeView } from './ProbeView';
import type { ProbePageProps } from './CheckAnotherHost';

const OTHER_HOST_HASH = 'another-host';

// React's lazy, not next/dynamic: the page may be served without Next's runtime (an island).
const CheckAnotherHost = lazy(() => import('./CheckAnotherHost').then((m) => ({ default: m.CheckAnotherHost })));

type Tab = 'this' | 'other';
const TABS: Tab[] = ['this', 'other'];

export function ProbeTabs({ lang, labels: t, records, coreHref, evaluator, scriptPath }: ProbePageProps) {
  const [tab, setTab] = useState<Tab>('this');
  const [otherOpened, setOtherOpened] = useState(false);
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ this: null, other: null });

  const show = useCallback((next: Tab) => {
    setTab(next);
    if (next === 'other') setOtherOpened(true);
  }, []);

  useEffect(() => {
    const fromHash = () => {
      const hash = decodeURIComponent(window.location.hash.slice(1));
      if (hash === OTHER_HOST_HASH) show('other');
      else if (hash) show('this');
    };
    fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
  }, [show]);

  const choose = (next: Tab, focus = false) => {
    show(next);
    // The address says which tab is open (shareable, and back from a catalog page returns to it),
    // without a history entry per click.
    const url = next === 'other' ? `#${OTHER_HOST_HASH}` : window.location.pathname + window.location.search;
    window.history.replaceState(window.history.state, '', url);
    if (focus) tabRefs.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.indexOf(tab);
    const next = {
      ArrowRight: TABS[(i + 1) % TABS.length],
      ArrowLeft: TABS[(i + TABS.length - 1) % TABS.length],
      Home: TABS[0],
      End: TABS.at(-1),
    }[event.key];
    if (!next) return;
    event.preventDefault();
    choose(next, true);
  };

  const tabClass = (selected: boolean) =>
    `-mb-px rounded-t-md border-b-2 px-4 py-2 text-sm font-semibold ${
      selected
        ? 'border-accent-600 text-accent-700 dark:border-accent-300 dark:text-accent-300'
        : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100'
    }`;

  return (
    // A screen tall before the verdicts arrive: the footer starts below the fold, so the results
    // (fetched after the first paint) never push a visible footer down (layout shift).
    <div className="mt-6 min-h-screen">
      <div role="tablist" aria-label={t.probeTabsLabel} className="flex gap-1 border-b border-slate-200 dark:border-slate-700">
        {TABS.map((name) => (
          <button
            key={name}
            ref={(el) => {
              tabRefs.current[name] = el;
            }}
            type="button"
            role="tab"
            id={`probe-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`probe-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => choose(name)}
            onKeyDown={onKeyDown}
            className={tabClass(tab === name)}
            data-testid={`probe-tab-${name}`}
          >
            {name === 'this' ? t.probeTabThis : t.probeTabOther}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="probe-panel-this" aria-labelledby="probe-tab-this" hidden={tab !== 'this'}>
        <ProbeView lang={lang} labels={t} records={records} coreHref={coreHref} />
      </div>
      <div role="tabpanel" id="probe-panel-other" aria-labelledby="probe-tab-other" hidden={tab !== 'other'}>
        {otherOpened && (
          <Suspense fallback={<p className="mt-6 text-sm text-slate-600 dark:text-slate-400">…</p>}>
            <CheckAnotherHost lang={lang} labels={t} records={records} coreHref={coreHref} evaluator={evaluator} scriptPath={scriptPath} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
