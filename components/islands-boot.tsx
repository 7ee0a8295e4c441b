/**
 * The browser entry of a page without Next's runtime (scripts/build-islands.mjs bundles it): each
 * `[data-island]` box the server wrote (components/Island.tsx) gets its component, loaded on demand
 * (a page loads the code of its own islands only) and rendered afresh from the box's JSON props —
 * the same markup the server wrote, so nothing moves. The page around them stays as it came.
 */
import { createElement, startTransition, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import type { IslandName, ISLANDS } from './islands';

/** Each island's code, by name: the same names as the registry (the type says so). */
const LOAD: { [N in IslandName]: () => Promise<(typeof ISLANDS)[N]> } = {
  CallableHere: () => import('./CallableHere').then((m) => m.CallableHere),
  HostBadges: () => import('./HostBadges').then((m) => m.HostBadges),
  ProbeTabs: () => import('./ProbeTabs').then((m) => m.ProbeTabs),
  SearchBox: () => import('./SearchBox').then((m) => m.SearchBox),
  ThemeToggle: () => import('./ThemeToggle').then((m) => m.ThemeToggle),
  TimelineCatalogLists: () => import('./TimelineCatalogLists').then((m) => m.TimelineCatalogLists),
};

async function mount(box: HTMLElement) {
  const name = box.dataset.island ?? '';
  if (!Object.hasOwn(LOAD, name)) throw new Error(`islands: no island named ${name}`);
  const props = JSON.parse(box.querySelector(':scope > script[type="application/json"]')?.textContent ?? '{}') as object;
  const Component = (await LOAD[name as IslandName]()) as ComponentType<object>;
  const root = createRoot(box);
  // A transition: React renders the island in slices, yielding to the browser between them.
  startTransition(() => root.render(createElement(Component, props)));
}

/**
 * Keeps the element the address's #fragment names where the browser scrolled it (below the sticky
 * header, `scroll-margin-top`) while the page settles after load — fonts, islands, host badges,
 * timeline sections laid out in their real size — until the reader scrolls or 10 s pass. The
 * browser holds it until load; scroll anchoring after that can drift by a few lines.
 */
function holdFragment() {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  const READER_SCROLLS = ['wheel', 'touchstart', 'keydown', 'pointerdown', 'hashchange'] as const;
  const observer = new ResizeObserver(() => target.scrollIntoView({ block: 'start' }));
  const release = () => {
    observer.disconnect();
    for (const type of READER_SCROLLS) removeEventListener(type, release);
  };
  for (const type of READER_SCROLLS) addEventListener(type, release, { passive: true });
  observer.observe(document.body);
  setTimeout(release, 10_000);
}

holdFragment();
for (const box of document.querySelectorAll<HTMLElement>('[data-island]')) {
  mount(box).catch((error: unknown) => console.error(error));
}
