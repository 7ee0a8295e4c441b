'use client';
/**
 * Links to the same page in the other language, keeping the query. The server render already
 * has the right path (readable without JavaScript); the query is added once hydrated.
 */
import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense } from 'react';

interface Props {
  lang: 'zh' | 'en';
  label: string;
  title: string;
}

const CLASS = 'rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

function useTarget(lang: Props['lang']) {
  const to = lang === 'zh' ? 'en' : 'zh';
  const pathname = usePathname() ?? `/${lang}`;
  return { to, path: pathname.replace(/^\/(zh|en)(?=\/|$)/, `/${to}`) };
}

function PlainLink({ lang, label, title }: Props) {
  const { to, path } = useTarget(lang);
  return (
    <a href={path} hrefLang={to} lang={to} title={title} className={CLASS}>
      {label}
    </a>
  );
}

function LinkWithQuery({ lang, label, title }: Props) {
  const { to, path } = useTarget(lang);
  const query = useSearchParams()?.toString() ?? '';
  return (
    <a href={query ? `${path}?${query}` : path} hrefLang={to} lang={to} title={title} className={CLASS}>
      {label}
    </a>
  );
}

export function LanguageSwitch(props: Props) {
  return (
    <Suspense fallback={<PlainLink {...props} />}>
      <LinkWithQuery {...props} />
    </Suspense>
  );
}
