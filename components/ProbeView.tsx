'use client';
/**
 * The live part of the probe page: asks GET /api/probe, then shows this host's verdicts, or why
 * there are none (loading, probe off — with a token form when the server wants one —, not Linux,
 * failed).
 * Rendered empty on the server: without JavaScript the page's own text says where the JSON is.
 */
import { startTransition, useCallback, useEffect, useState } from 'react';
import type { Lang } from '@/lib/features/types';
import { format } from '@/lib/i18n/format';
import { formatDateTime } from '@/lib/i18n/locale';
import type { ProbeLabels } from '@/lib/i18n/probe-labels';
import { fetchProbe, getProbeToken, setProbeToken, type ProbeState } from '@/lib/verdicts/probe-api';
import { HostVerdictsView, type ProbeRecordMeta } from './HostVerdictsView';
import { revealHashTarget } from './probe-hash';

type Labels = ProbeLabels;
const button =
  'rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

function Disabled({ state, t, onToken }: { state: Extract<ProbeState, { status: 'disabled' }>; t: Labels; onToken: () => void }) {
  const [token, setToken] = useState('');
  const explanation = {
    listen_not_loopback: t.probeDisabledListen,
    host_not_loopback: t.probeDisabledHostHeader,
    token_missing: t.probeDisabledTokenMissing,
    token_invalid: t.probeDisabledTokenInvalid,
  }[state.reason];
  const asksForToken = state.reason === 'token_missing' || state.reason === 'token_invalid';
  return (
    <section
      data-testid="probe-disabled"
      data-reason={state.reason}
      className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950/40"
    >
      <h2 className="text-lg font-semibold">{t.probeDisabledTitle}</h2>
      <p className="mt-2 max-w-prose text-sm">{explanation}</p>
      {asksForToken && (
        <form
          className="mt-3 flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (!token.trim()) return;
            setProbeToken(token.trim());
            setToken('');
            onToken();
          }}
        >
          <label className="flex flex-col text-sm">
            {t.probeTokenLabel}
            <input
              type="password"
              autoComplete="off"
              value={token}
              onChange={(e) => setToken(e.target.value)}
              className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1 font-mono dark:border-slate-600 dark:bg-slate-900"
            />
          </label>
          <button type="submit" className={button}>
            {t.probeTokenSubmit}
          </button>
          {state.tokenSent && (
            <button
              type="button"
              className={button}
              onClick={() => {
                setProbeToken(null);
                onToken();
              }}
            >
              {t.probeTokenForget}
            </button>
          )}
          <p className="w-full text-xs text-slate-600 dark:text-slate-400">{t.probeTokenNote}</p>
        </form>
      )}
    </section>
  );
}

export function ProbeView({
  lang,
  labels: t,
  records,
  coreHref,
}: {
  lang: Lang;
  labels: Labels;
  records: ProbeRecordMeta[];
  coreHref: string;
}) {
  const [state, setState] = useState<ProbeState | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback((force: boolean) => {
    setBusy(true);
    void fetchProbe({ force }).then((next) => {
      // The verdicts are thousands of rows: rendered as a transition, React yields to the browser
      // between slices instead of blocking input for the whole render.
      startTransition(() => {
        setState(next);
        setBusy(false);
      });
    });
  }, []);

  useEffect(() => {
    // Fetching on mount: the busy state it sets belongs to that request, which is the external system here.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    load(false);
  }, [load]);

  useEffect(() => {
    if (state?.status !== 'ready') return;
    revealHashTarget();
    window.addEventListener('hashchange', revealHashTarget);
    return () => window.removeEventListener('hashchange', revealHashTarget);
  }, [state]);

  const checkedAt = state?.status === 'ready' ? new Date(state.verdicts.collectedAt) : null;

  return (
    <div data-testid="probe" data-state={busy ? 'loading' : (state?.status ?? 'idle')} aria-busy={busy}>
      <div className="mt-6 flex min-h-8 flex-wrap items-center gap-x-4 gap-y-2">
        {(state !== null || busy) && (
          <button type="button" className={button} onClick={() => load(true)} disabled={busy}>
            {t.probeRefresh}
          </button>
        )}
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {busy
            ? t.probeLoading
            : checkedAt && (
                <time dateTime={checkedAt.toISOString()} data-testid="probe-checked-at">
                  {format(t.probeCheckedAt, { time: formatDateTime(checkedAt, lang) })}
                </time>
              )}
        </p>
        {getTokenHint(state) && (
          <button
            type="button"
            className="text-xs text-slate-600 underline dark:text-slate-400"
            onClick={() => (setProbeToken(null), load(true))}
          >
            {t.probeTokenForget}
          </button>
        )}
      </div>

      {state?.status === 'disabled' && <Disabled state={state} t={t} onToken={() => load(true)} />}

      {state?.status === 'not-linux' && (
        <section data-testid="probe-not-linux" className="mt-6 rounded-lg border border-slate-300 p-4 dark:border-slate-700">
          <h2 className="text-lg font-semibold">{t.probeNotLinuxTitle}</h2>
          <p className="mt-2 text-sm">{format(t.probeNotLinuxText, { platform: state.platform })}</p>
        </section>
      )}

      {state?.status === 'error' && (
        <section
          data-testid="probe-error"
          role="alert"
          className="mt-6 rounded-lg border border-rose-300 bg-rose-50 p-4 dark:border-rose-800 dark:bg-rose-950/40"
        >
          <h2 className="text-lg font-semibold">{t.probeErrorTitle}</h2>
          <p className="mt-2 font-mono text-sm">{state.message}</p>
          <button type="button" className={`${button} mt-3`} onClick={() => load(true)}>
            {t.probeRetry}
          </button>
        </section>
      )}

      {state?.status === 'ready' && (
        <HostVerdictsView verdicts={state.verdicts} lang={lang} labels={t} records={records} coreHref={coreHref} />
      )}
    </div>
  );
}

/** A token is kept and the probe answered: offer to forget it (the token form is gone by then). */
function getTokenHint(state: ProbeState | null): boolean {
  return state?.status === 'ready' && getProbeToken() !== null;
}
