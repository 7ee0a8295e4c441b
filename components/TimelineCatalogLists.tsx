'use client';
/**
 * The timeline's catalog lists, on demand: when a version's "Helpers (12)" (or any kind) is
 * opened, the list of its entries is put there (a portal into the static page), from the catalog
 * (GET /api/catalog, fetched once, when the first list is opened). Until then, and without
 * JavaScript, the place holds a link to the same entries in the kind's index.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CatalogKind } from '@/lib/catalog/types';
import type { Lang } from '@/lib/features/types';
import { paths } from '@/lib/site';

interface CatalogJson {
  entries: { kind: CatalogKind; name: string; kernel: string }[];
}

interface OpenedList {
  element: HTMLElement;
  kind: CatalogKind;
  names: string[];
}

let catalog: Promise<CatalogJson> | null = null;

function loadCatalog(): Promise<CatalogJson> {
  catalog ??= fetch('/api/catalog')
    .then((response) => {
      if (!response.ok) throw new Error(`GET /api/catalog: HTTP ${response.status}`);
      return response.json() as Promise<CatalogJson>;
    })
    .catch((error: unknown) => {
      catalog = null; // the next opening tries again
      throw error;
    });
  return catalog;
}

/** A version's entries of one kind, by name: the order the server lists them in (lib/timeline). */
function namesOf(json: CatalogJson, version: string, kind: CatalogKind): string[] {
  return json.entries
    .filter((e) => e.kernel === version && e.kind === kind)
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b));
}

export function TimelineCatalogLists({ lang }: { lang: Lang }) {
  const [opened, setOpened] = useState<OpenedList[]>([]);
  useEffect(() => {
    const asked = new WeakSet<HTMLElement>();
    const open = (details: HTMLDetailsElement) => {
      const element = details.querySelector<HTMLElement>(':scope > [data-catalog-list]');
      const version = details.closest<HTMLElement>('[data-version]')?.dataset.version;
      const kind = element?.dataset.catalogList as CatalogKind | undefined;
      if (!element || !version || !kind || asked.has(element)) return;
      asked.add(element);
      loadCatalog().then(
        (json) => setOpened((lists) => [...lists, { element, kind, names: namesOf(json, version, kind) }]),
        () => asked.delete(element), // the link stays; opening it again tries again
      );
    };
    const onToggle = (event: Event) => {
      if (event.target instanceof HTMLDetailsElement && event.target.open) open(event.target);
    };
    // `toggle` does not bubble: listen while it goes down. Lists opened before this ran are opened now.
    document.addEventListener('toggle', onToggle, true);
    document.querySelectorAll<HTMLDetailsElement>('details[open][data-kind]').forEach(open);
    return () => document.removeEventListener('toggle', onToggle, true);
  }, []);
  return opened.map(({ element, kind, names }, i) =>
    createPortal(
      // Link colours come from the place (TimelineVersionSection), set there once.
      <ul className="flex flex-wrap gap-x-3 gap-y-1 font-mono">
        {names.map((name) => (
          <li key={name}>
            <a href={paths.catalogEntry(lang, kind, name)}>{name}</a>
          </li>
        ))}
      </ul>,
      element,
      String(i),
    ),
  );
}
