'use client';
/** Switches between light and dark and remembers the choice; without a choice the system decides. */
import { useState, useSyncExternalStore } from 'react';
import { THEME_STORAGE_KEY } from '@/lib/theme';

type Theme = 'light' | 'dark';

function effectiveTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const noSubscription = () => () => {};

const BUTTON_CLASS =
  'rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

export function ThemeToggle({ toDark, toLight }: { toDark: string; toLight: string }) {
  // false on the server and while hydrating, true after: the theme is only known in the browser.
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [chosen, setTheme] = useState<Theme | null>(null);
  // Without JavaScript there is nothing to toggle (the system decides); the button's room is kept
  // so the header does not move when it appears.
  if (!inBrowser) {
    return (
      <span aria-hidden="true" className={`invisible inline-block ${BUTTON_CLASS}`}>
        ☾
      </span>
    );
  }
  const theme = chosen ?? effectiveTheme();
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      onClick={() => {
        document.documentElement.dataset.theme = next;
        try {
          localStorage.setItem(THEME_STORAGE_KEY, next);
        } catch {
          // Storage may be unavailable (private mode): the choice lasts for this page only.
        }
        setTheme(next);
      }}
      aria-label={next === 'dark' ? toDark : toLight}
      title={next === 'dark' ? toDark : toLight}
      data-testid="theme-toggle"
      className={BUTTON_CLASS}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
    </button>
  );
}
