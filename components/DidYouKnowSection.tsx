import type { ReactNode } from 'react';
import type { ExplainerDoc } from '@/lib/content/types';
import type { Lang } from '@/lib/features/types';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/site';
import { MdxContent } from './MdxContent';

// Inside an issue the section's heading is the h2, so the explainer's own headings go one level down.
const shifted = {
  h2: ({ children, id }: { children?: ReactNode; id?: string }) => <h3 id={id}>{children}</h3>,
  h3: ({ children, id }: { children?: ReactNode; id?: string }) => <h4 id={id}>{children}</h4>,
};

/** An issue's "Did You Know?" section: the explainer's text read in place, with a link to its page. */
export function DidYouKnowSection({ explainer, lang, t }: { explainer: ExplainerDoc; lang: Lang; t: Dictionary }) {
  const id = `did-you-know-${explainer.slug}`;
  return (
    <section
      aria-labelledby={id}
      data-did-you-know={explainer.slug}
      className="my-8 rounded-lg border border-slate-200 px-4 py-1 sm:px-6 dark:border-slate-700"
    >
      <h2 id={id}>{explainer.frontmatter.title}</h2>
      <MdxContent code={explainer.code} components={shifted} />
      <p className="text-sm">
        <a href={paths.explainer(lang, explainer.slug)}>{t.readExplainerPage} →</a>
      </p>
    </section>
  );
}
