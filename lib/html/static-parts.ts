/**
 * A page's static parts, handed from the server-component pass to the HTML pass of the same
 * request, so that they are in the page once (as HTML) and not again in the flight data.
 *
 * Next renders a page twice in one process: the server components to flight data, then that
 * flight data to HTML. Whatever a server component gives a client component travels in the flight
 * data, which the HTML repeats inline for hydration. `putStaticPart` (server pass) keeps the part's
 * React elements here under a fresh key; the flight data carries only the key; `takeStaticPart`
 * (HTML pass, components/StaticPart.tsx) renders the elements there. The browser keeps the HTML the
 * server sent and hydrates nothing inside (islands in a part are placeholders filled by portals).
 *
 * Both passes run in the server process that answers the request (`next start`, `next dev`, our
 * server), so a process-wide map is the hand-off. Entries live until taken (plus a grace period,
 * in case one render reads a part twice) or, if a render is abandoned, until they are stale.
 */
import type { ReactNode } from 'react';

interface Entry {
  node: ReactNode;
  putAt: number;
  takenAt: number | null;
}

/** After being taken, an entry stays this long (a render that reads twice); untaken, this long. */
const TAKEN_GRACE_MS = 10_000;
const UNTAKEN_MS = 120_000;

const STORE_KEY = Symbol.for('ebpf-digest.static-parts');

function store(): Map<string, Entry> {
  const holder = globalThis as typeof globalThis & { [STORE_KEY]?: Map<string, Entry> };
  holder[STORE_KEY] ??= new Map();
  return holder[STORE_KEY];
}

function sweep(entries: Map<string, Entry>, now: number) {
  for (const [key, entry] of entries) {
    if (entry.takenAt !== null ? now - entry.takenAt > TAKEN_GRACE_MS : now - entry.putAt > UNTAKEN_MS) entries.delete(key);
  }
}

/** Server pass: keeps `node` for the HTML pass of this render; returns its key. */
export function putStaticPart(node: ReactNode, now = Date.now()): string {
  const entries = store();
  sweep(entries, now);
  const key = crypto.randomUUID();
  entries.set(key, { node, putAt: now, takenAt: null });
  return key;
}

/** HTML pass: the part kept under `key`. Throws when there is none (the passes ran in different processes). */
export function takeStaticPart(key: string, now = Date.now()): ReactNode {
  const entry = store().get(key);
  if (!entry) {
    throw new Error(`static part ${key} not found: the HTML pass must run in the process that rendered the server components`);
  }
  entry.takenAt ??= now;
  return entry.node;
}
