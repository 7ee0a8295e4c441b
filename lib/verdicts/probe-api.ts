/**
 * GET /api/probe as the browser sees it: the answers it gives (the server, lib/server/probe, makes
 * them) and one request per page load shared by every island that asks (the probe page, each "on
 * this host" badge), with the probe token a reader typed, kept for the tab. Browser only (fetch,
 * sessionStorage) in use; no React.
 */
import type { HostVerdicts } from './host-verdicts';
import type { HelperCallers } from './program-types';

export const PROBE_API_PATH = '/api/probe';

/** Why the probe refuses to answer (403). */
export type ProbeRefusal = 'token_missing' | 'token_invalid' | 'listen_not_loopback' | 'host_not_loopback';

/** 200: the server does not run Linux and has no host root to read. */
export interface ProbeNotSupported {
  supported: false;
  reason: 'not_linux';
  platform: string;
  message: string;
  generatedAt: string;
}

/** 403. */
export interface ProbeRefused {
  error: 'probe_disabled';
  reason: ProbeRefusal;
  message: string;
}

/** 404 from /api/probe/program-types/NAME and /api/probe/helpers/NAME: no such catalog entry. */
export interface ProbeNotFound {
  error: 'not_found';
  message: string;
}

/** 500. */
export interface ProbeFailed {
  error: 'probe_failed';
  message: string;
}

/** Every answer: 200 with this host's verdicts (or "not Linux"), 403, 500. */
export type ProbeResponse = HostVerdicts | ProbeNotSupported | ProbeRefused | ProbeFailed;

export type ProbeState =
  | { status: 'ready'; verdicts: HostVerdicts }
  | { status: 'disabled'; reason: ProbeRefusal; message: string; tokenSent: boolean }
  | { status: 'not-linux'; platform: string; message: string }
  | { status: 'error'; message: string };

const TOKEN_KEY = 'ebpf-digest:probe-token';
/** A shared answer older than this is fetched again (client-side navigation keeps the module alive). */
const MAX_AGE_MS = 60_000;

let shared: { at: number; promise: Promise<ProbeState> } | null = null;

export function getProbeToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

/** Kept in sessionStorage: this tab only, gone when it closes; null forgets it. */
export function setProbeToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage unavailable: the token is not kept, the next request goes without it.
  }
  shared = null;
}

async function request(): Promise<ProbeState> {
  const token = getProbeToken();
  let response: Response;
  try {
    response = await fetch(PROBE_API_PATH, {
      cache: 'no-store',
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  let body: ProbeResponse | null = null;
  try {
    body = (await response.json()) as ProbeResponse;
  } catch {
    // Not JSON (a proxy's error page): reported below with the status.
  }
  if (response.status === 403 && body && 'error' in body && body.error === 'probe_disabled') {
    return { status: 'disabled', reason: body.reason, message: body.message, tokenSent: token !== null };
  }
  if (response.ok && body && 'supported' in body) {
    if (body.supported) return { status: 'ready', verdicts: body };
    return { status: 'not-linux', platform: body.platform, message: body.message };
  }
  const message = body && 'message' in body ? body.message : '';
  return { status: 'error', message: `HTTP ${response.status}${message ? `: ${message}` : ''}` };
}

/** The probe's answer for this page; `force` asks the server again (its own cache may still answer). */
export function fetchProbe(options: { force?: boolean } = {}): Promise<ProbeState> {
  const now = Date.now();
  if (!options.force && shared && now - shared.at < MAX_AGE_MS) return shared.promise;
  shared = { at: now, promise: request() };
  return shared.promise;
}

/**
 * GET /api/probe/helpers/NAME (which program types may call a helper here), with the tab's token;
 * null when the probe is off, absent or failing (the helper page then shows nothing for this host).
 */
export async function fetchHelperCallers(helper: string): Promise<HelperCallers | null> {
  const token = getProbeToken();
  try {
    const response = await fetch(`${PROBE_API_PATH}/helpers/${encodeURIComponent(helper)}`, {
      cache: 'no-store',
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
    if (!response.ok) return null;
    const body = (await response.json()) as HelperCallers | { supported: false };
    return 'helper' in body ? body : null;
  } catch {
    return null;
  }
}
