/**
 * Who may read the live probe: the decision, as a function of the server's settings and the
 * request's headers. No I/O (node:crypto only for the constant-time compare).
 *
 * - PROBE_TOKEN set: the request must carry `Authorization: Bearer <token>`, wherever the server listens.
 * - No token: only a server on loopback answers, and only to a request addressed to loopback
 *   (the Host header). The Host check also stops DNS rebinding (a page on evil.example resolving
 *   to 127.0.0.1) and catches a reverse proxy in front of a loopback server: both send a
 *   non-loopback Host, and both need a token.
 * - Listen address unknown (`next start` run directly, `next dev`): the Host check alone decides.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ProbeRefusal } from '../../verdicts/probe-api';

export interface ProbeAccessInput {
  /** PROBE_TOKEN; empty or blank counts as unset. */
  token: string | undefined;
  /** The request's Authorization header. */
  authorization: string | null;
  /** The address the server listens on (EBPF_DIGEST_LISTEN_HOST, set by scripts/start.mjs); undefined when unknown. */
  listenHost: string | undefined;
  /** The request's Host header. */
  requestHost: string | null;
}

export type ProbeAccess = { allowed: true; by: 'token' | 'loopback' } | { allowed: false; reason: ProbeRefusal; message: string };

const MESSAGES: Record<ProbeRefusal, string> = {
  token_missing: 'This server requires a probe token: send it as "Authorization: Bearer <PROBE_TOKEN>".',
  token_invalid: 'The probe token does not match PROBE_TOKEN.',
  listen_not_loopback:
    'The probe reads details of the host, so it is off when the server listens on an address other than loopback. ' +
    'Set PROBE_TOKEN on the server and send "Authorization: Bearer <PROBE_TOKEN>", or serve on 127.0.0.1.',
  host_not_loopback:
    'The probe answers without a token only to requests addressed to loopback (Host: 127.0.0.1, localhost or [::1]); ' +
    'this one came through another name or a proxy. Set PROBE_TOKEN on the server and send it as a Bearer token.',
};

/** The host part of `host`, `host:port`, `[v6]` or `[v6]:port`; lower case. */
export function hostnameOf(value: string): string {
  const v = value.trim().toLowerCase();
  if (v.startsWith('[')) {
    const end = v.indexOf(']');
    return end > 0 ? v.slice(1, end) : v;
  }
  // More than one colon and no brackets: a bare IPv6 address (a listen address such as `::1`).
  if (v.indexOf(':') !== v.lastIndexOf(':')) return v;
  const colon = v.indexOf(':');
  return colon >= 0 ? v.slice(0, colon) : v;
}

const IPV4_LOOPBACK = /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** 127.0.0.0/8, ::1 (also IPv4-mapped), `localhost`. Wildcards (0.0.0.0, ::) are not loopback. */
export function isLoopbackHost(value: string | null | undefined): boolean {
  if (!value) return false;
  const host = hostnameOf(value).replace(/\.$/, '');
  if (host === 'localhost') return true;
  if (IPV4_LOOPBACK.test(host)) return true;
  if (host === '::1' || host === '0:0:0:0:0:0:0:1') return true;
  const mapped = /^::ffff:(.+)$/.exec(host);
  return mapped !== null && IPV4_LOOPBACK.test(mapped[1]);
}

/** The token of `Bearer <token>` (scheme case-insensitive), or null. */
export function bearerToken(authorization: string | null): string | null {
  const match = /^\s*bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match ? match[1] : null;
}

/** Equal strings, in time that does not depend on where they differ (both are hashed to 32 bytes first). */
export function constantTimeEqual(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}

function refuse(reason: ProbeRefusal): ProbeAccess {
  return { allowed: false, reason, message: MESSAGES[reason] };
}

export function decideProbeAccess(input: ProbeAccessInput): ProbeAccess {
  const token = input.token?.trim();
  if (token) {
    const sent = bearerToken(input.authorization);
    if (sent === null) return refuse('token_missing');
    return constantTimeEqual(sent, token) ? { allowed: true, by: 'token' } : refuse('token_invalid');
  }
  const listen = input.listenHost?.trim();
  if (listen && !isLoopbackHost(listen)) return refuse('listen_not_loopback');
  if (!isLoopbackHost(input.requestHost)) return refuse('host_not_loopback');
  return { allowed: true, by: 'loopback' };
}
