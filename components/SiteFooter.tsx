import type { Lang } from '@/lib/features/types';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/site';

export function SiteFooter({ lang, t }: { lang: Lang; t: Dictionary }) {
  return (
    <footer className="mt-16 border-t border-slate-200 py-8 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto max-w-5xl space-y-1 px-4">
        <p>{t.contentNotice}</p>
        <p>{t.catalogNotice}</p>
        <p className="flex gap-4">
          <a href={paths.credits(lang)} className="underline hover:text-accent-600">
            {t.navCredits}
          </a>
          <a href={`/${lang}/feed.xml`} className="underline hover:text-accent-600" type="application/rss+xml">
            {t.feed}
          </a>
        </p>
      </div>
    </footer>
  );
}
