import type { Lang } from '@/lib/features/types';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/site';
import { searchBoxLabels } from '@/lib/search/labels';
import { LanguageSwitch } from './LanguageSwitch';
import { Island } from './Island';

export function SiteHeader({ lang, t }: { lang: Lang; t: Dictionary }) {
  const nav = [
    { href: paths.home(lang), label: t.navTimeline },
    { href: paths.issues(lang), label: t.navIssues },
    { href: paths.helpers(lang), label: t.navHelpers },
    { href: paths.explainers(lang), label: t.navExplainers },
    { href: paths.compare(lang), label: t.navCompare },
    { href: paths.probe(lang), label: t.navProbe },
  ];
  // Sticky only where it is one row (≥ 1024 px, 55 px tall): on a phone it wraps to ~140 px, too
  // much of the screen to keep, and taller than the room anchors leave for it (globals.css).
  return (
    <header className="z-10 border-b lg:sticky lg:top-0 border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <a href={paths.home(lang)} className="text-lg font-bold tracking-tight text-slate-900 dark:text-white">
          {t.siteName}
        </a>
        <nav aria-label={t.mainNav} className="order-last w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {nav.map((item) => (
              <li key={item.href}>
                <a
                  href={item.href}
                  className="text-slate-700 hover:text-accent-600 hover:underline dark:text-slate-300 dark:hover:text-accent-300"
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <Island name="SearchBox" props={{ lang, labels: searchBoxLabels(t) }} />
          <Island name="ThemeToggle" props={{ toDark: t.themeToDark, toLight: t.themeToLight }} />
          <LanguageSwitch lang={lang} label={t.otherLanguage} title={t.otherLanguageLabel} />
        </div>
      </div>
    </header>
  );
}
