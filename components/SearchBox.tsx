'use client';
/**
 * The header search box. Without JavaScript it is a plain GET form to /[lang]/search. With it:
 * `/` focuses it, results appear as you type (the index is fetched on first focus), ↑ ↓ pick a
 * result, Enter opens it (or the search page when none is picked), Esc closes the list.
 * ARIA combobox with a listbox popup; the engine is imported lazily to keep this island small.
 */
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Lang } from '@/lib/features/types';
import { searchHitPath } from '@/lib/search/hit-path';
import type { SearchBoxLabels } from '@/lib/search/labels';
import { SEARCH_KINDS, type SearchOutcome } from '@/lib/search/types';
import { SearchHighlight } from './SearchHighlight';

const DEBOUNCE_MS = 120;
const SHOWN = 8;

type Status = 'idle' | 'loading' | 'ready' | 'error';

const fill = (template: string, q: string) => template.replace('{q}', q);

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function SearchBox({ lang, labels }: { lang: Lang; labels: SearchBoxLabels }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const latest = useRef(0);
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<Status>('idle');
  const [outcome, setOutcome] = useState<SearchOutcome | null>(null);
  const action = `/${lang}/search`;
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const changeQuery = (next: string) => {
    setQ(next);
    // An empty box shows nothing: cleared here, where the query changes, not in an effect after it.
    if (!next.trim()) {
      setOutcome(null);
      setActive(-1);
    }
  };
  const pageUrl = `${action}?${new URLSearchParams({ q: q.trim() })}`;

  const hits = outcome?.hits ?? [];
  // The last option is always "all results" (the search page).
  const optionCount = q.trim() ? hits.length + 1 : 0;

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      e.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (active >= 0) document.getElementById(`${id}-opt-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, id]);

  const warmUp = useCallback(() => {
    import('@/lib/search/client').then((m) => m.loadBrowserIndex()).catch(() => setStatus('error'));
  }, []);

  useEffect(() => {
    const query = q.trim();
    const ticket = ++latest.current;
    if (!query) return;
    const timer = setTimeout(async () => {
      setStatus((s) => (s === 'ready' ? s : 'loading'));
      try {
        const { searchInBrowser } = await import('@/lib/search/client');
        const result = await searchInBrowser({ q: query, lang, limit: SHOWN });
        if (ticket !== latest.current) return;
        setOutcome(result);
        setActive(-1);
        setStatus('ready');
      } catch {
        if (ticket === latest.current) setStatus('error');
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q, lang]);

  const go = (url: string) => {
    setOpen(false);
    setActive(-1);
    // A full load: reading pages are static HTML, kept by the server, not client-rendered (StaticPart).
    window.location.assign(url);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (optionCount === 0) return;
        e.preventDefault();
        setOpen(true);
        if (e.key === 'ArrowDown') setActive((i) => (i + 1 >= optionCount ? 0 : i + 1));
        else setActive((i) => (i <= 0 ? optionCount - 1 : i - 1));
        break;
      }
      case 'Enter':
        if (!q.trim()) return;
        e.preventDefault();
        go(open && active >= 0 && active < hits.length ? searchHitPath(lang, hits[active]) : pageUrl);
        break;
      case 'Escape':
        if (open && optionCount > 0) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (q) {
          e.preventDefault();
          changeQuery('');
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  const expanded = open && optionCount > 0;
  const counts = outcome ? SEARCH_KINDS.filter((k) => outcome.counts[k]).map((k) => `${labels.kinds[k]} ${outcome.counts[k]}`) : [];

  return (
    <form
      role="search"
      data-testid="site-search"
      action={action}
      method="get"
      // Below `sm` the list spans the header (the sticky header is its containing block).
      className="sm:relative"
      onSubmit={(e) => {
        // Enter is handled above; this is the button (or a browser that submits anyway).
        e.preventDefault();
        if (q.trim()) go(pageUrl);
      }}
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        {labels.box}
      </label>
      <div className="flex items-center rounded-md border border-slate-300 bg-white focus-within:border-accent-600 focus-within:ring-2 focus-within:ring-accent-600 dark:border-slate-600 dark:bg-slate-900 dark:focus-within:ring-accent-300">
        <input
          ref={inputRef}
          id={`${id}-input`}
          name="q"
          type="search"
          value={q}
          maxLength={200}
          placeholder={labels.placeholder}
          autoComplete="off"
          spellCheck={false}
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-keyshortcuts="/"
          aria-describedby={`${id}-hint`}
          onFocus={() => {
            warmUp();
            if (q.trim()) setOpen(true);
          }}
          onBlur={() => setOpen(false)}
          onChange={(e) => {
            changeQuery(e.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          // The ring around the box shows focus; the site-wide outline would sit on top of the "/" hint.
          style={{ outline: 'none' }}
          className="peer w-36 min-w-0 bg-transparent px-2.5 py-1 text-sm placeholder:text-slate-500 sm:w-56 dark:placeholder:text-slate-400"
        />
        <kbd
          aria-hidden="true"
          className="mr-1 hidden rounded border border-slate-300 px-1.5 text-xs text-slate-500 peer-focus:hidden sm:inline dark:border-slate-600"
        >
          /
        </kbd>
        <button
          type="submit"
          className="rounded-r-md px-2 py-1 text-slate-600 hover:text-accent-600 dark:text-slate-300"
          aria-label={labels.submit}
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2">
            <circle cx="8.5" cy="8.5" r="5.5" />
            <path d="m13 13 4.5 4.5" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      <span id={`${id}-hint`} className="sr-only">
        {labels.shortcut}
      </span>
      <div
        className={`${expanded ? '' : 'hidden'} absolute inset-x-4 top-full z-30 mt-1 overflow-hidden rounded-md border border-slate-200 bg-white text-sm shadow-lg sm:inset-x-auto sm:right-0 sm:top-auto sm:w-[32rem] dark:border-slate-700 dark:bg-slate-900`}
      >
        <p
          className="border-b border-slate-100 px-3 py-1.5 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400"
          data-testid="search-counts"
        >
          {status === 'error'
            ? labels.unavailable
            : status === 'loading' && !outcome
              ? labels.loading
              : counts.length
                ? counts.join(' · ')
                : fill(labels.noResults, q.trim())}
        </p>
        <ul id={listId} role="listbox" aria-label={labels.results} className="max-h-[60vh] overflow-y-auto py-1">
          {hits.map((hit, i) => (
            // Options hold no links (an option's content is presentational): a click navigates.
            <li
              key={hit.docId}
              id={optionId(i)}
              data-kind={hit.kind}
              data-id={hit.id}
              data-url={searchHitPath(lang, hit)}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => go(searchHitPath(lang, hit))}
              className={`flex cursor-pointer items-baseline gap-2 px-3 py-1.5 ${i === active ? 'bg-accent-50 outline-2 -outline-offset-2 outline-accent-600 dark:bg-slate-800' : ''}`}
            >
              <span className="shrink-0 rounded bg-slate-100 px-1.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
                {labels.badges[hit.kind]}
              </span>
              <span
                className={`min-w-0 truncate ${hit.kind === 'feature' || hit.kind === 'explainer' || hit.kind === 'issue' ? '' : 'font-mono'}`}
              >
                <SearchHighlight text={hit.title} ranges={hit.titleRanges} />
              </span>
              {hit.kernel ? <span className="ml-auto shrink-0 text-xs text-slate-600 dark:text-slate-400">{hit.kernel}</span> : null}
            </li>
          ))}
          {q.trim() ? (
            <li
              id={optionId(hits.length)}
              role="option"
              aria-selected={active === hits.length}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(hits.length)}
              onClick={() => go(pageUrl)}
              className={`cursor-pointer border-t border-slate-100 px-3 py-1.5 text-accent-600 dark:border-slate-800 dark:text-accent-300 ${active === hits.length ? 'bg-accent-50 outline-2 -outline-offset-2 outline-accent-600 dark:bg-slate-800' : ''}`}
            >
              {fill(labels.seeAll, q.trim())}
            </li>
          ) : null}
        </ul>
        <p className="border-t border-slate-100 px-3 py-1 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
          {labels.keysHint}
        </p>
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {expanded && outcome ? (counts.length ? counts.join(', ') : fill(labels.noResults, q.trim())) : ''}
      </p>
    </form>
  );
}
