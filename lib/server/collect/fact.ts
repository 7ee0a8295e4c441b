/** Constructors for facts and the reasons of unknown ones. Pure. */
import type { Fact } from '../../host-facts/schema';

export function ok<T>(value: T, source: string, reason?: string): Fact<T> {
  return reason === undefined ? { status: 'ok', value, source } : { status: 'ok', value, source, reason };
}

export function unknown<T = never>(source: string, reason: string): Fact<T> {
  return { status: 'unknown', value: null, source, reason };
}

/** Errors the probe itself raises with a clear reason (refused file types, size caps, timeouts). */
export class HostReadError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'HostReadError';
  }
}

/** A short reason for an unknown fact: the errno code (ENOENT, EACCES, …) or the probe's own words. */
export function reasonOf(error: unknown): string {
  if (error instanceof HostReadError) return error.reason;
  if (error && typeof error === 'object') {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) return code;
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string' && message) return message.slice(0, 200);
  }
  return String(error).slice(0, 200);
}

/** Runs one fact's collection; whatever it throws becomes `unknown` so one failure never spreads. */
export async function settle<T>(source: string, collect: () => Promise<Fact<T>>): Promise<Fact<T>> {
  try {
    return await collect();
  } catch (error) {
    return unknown(source, reasonOf(error));
  }
}
