import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { ProgramTypeCallsView } from '@/components/ProgramTypeCallsView';
import { ProgramTypeChooser } from '@/components/ProgramTypeChooser';
import { getDictionary } from '@/lib/i18n/dictionary';
import { format } from '@/lib/i18n/format';
import { probeLabels } from '@/lib/i18n/probe-labels';
import { pageMetadata } from '@/lib/metadata';
import { getCatalog } from '@/lib/server/data';
import { requireLang } from '@/lib/server/params';
import { probeProgramType } from '@/lib/server/probe';
import { paths } from '@/lib/site';

// This host's answer, read per request under the probe's access rules and cache.
export const dynamic = 'force-dynamic';

type Params = Promise<{ lang: string }>;
type Query = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? '';

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: Query }): Promise<Metadata> {
  const lang = requireLang((await params).lang);
  const t = getDictionary(lang);
  const type = first((await searchParams).type);
  const meta = pageMetadata(lang, '/probe/program-types', type ? `${t.progTypesTitle}: ${type}` : t.progTypesTitle, t.progTypesIntro);
  // A host's answers are for the person checking it, not for indexes.
  return { ...meta, robots: { index: false, follow: true } };
}

export default async function ProgramTypesPage({ params, searchParams }: { params: Params; searchParams: Query }) {
  const lang = requireLang((await params).lang);
  const t = getDictionary(lang);
  const query = await searchParams;
  const type = first(query.type).slice(0, 128);
  const q = first(query.q).slice(0, 128);
  const types = getCatalog()
    .entries.filter((e) => e.kind === 'program-type')
    .map((e) => e.name);
  const requestHeaders = await headers();
  const answer = type
    ? await probeProgramType(type, { authorization: requestHeaders.get('authorization'), host: requestHeaders.get('host') })
    : null;
  const note = 'mt-6 max-w-prose rounded-lg border border-slate-300 p-4 text-sm dark:border-slate-700';
  return (
    <article>
      <p className="text-sm">
        <a href={paths.probe(lang)} className="text-accent-600 hover:underline dark:text-accent-300">
          ← {t.progTypesBack}
        </a>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t.progTypesTitle}</h1>
      <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">{t.progTypesIntro}</p>
      <ProgramTypeChooser lang={lang} types={types} selected={type || undefined} label={t.progTypesChoose} submit={t.progTypesShow} />
      <div data-testid="program-type-answer" data-state={answer?.status ?? 'none'}>
        {answer === null && <p className="mt-6 text-slate-600 dark:text-slate-400">{t.progTypesPickOne}</p>}
        {answer?.status === 'not-found' && (
          <p className={note} role="alert">
            {format(t.progTypesUnknownType, { name: type })}
          </p>
        )}
        {answer?.status === 'refused' && (
          <div className={note} role="alert">
            <p className="font-semibold">{t.probeDisabledTitle}</p>
            <p className="mt-1">{answer.refusal.message}</p>
          </div>
        )}
        {answer?.status === 'not-linux' && (
          <div className={note} role="alert">
            <p className="font-semibold">{t.probeNotLinuxTitle}</p>
            <p className="mt-1">{answer.message}</p>
          </div>
        )}
        {answer?.status === 'ready' && (
          <ProgramTypeCallsView
            key={answer.calls.programType}
            calls={answer.calls}
            lang={lang}
            labels={probeLabels(lang)}
            query={q}
            filterAction={paths.probeProgramType(lang)}
            jsonHref={paths.probeProgramTypeApi(answer.calls.programType)}
          />
        )}
      </div>
    </article>
  );
}
