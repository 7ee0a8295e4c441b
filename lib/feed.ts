/** The RSS feed of one language: one item per issue, listing its features. Pure. */
import { Feed } from 'feed';
import { issueAttribution } from './content/attribution';
import type { Content } from './content/types';
import { findIssue, issueNumbers, recordsOfIssue, recordText } from './content/queries';
import type { Lang } from './features/types';
import { formatLanding } from './features/landing';
import { escapeHtml } from './html/escape';
import { getDictionary } from './i18n/dictionary';
import { htmlLang } from './i18n/locale';
import { absoluteUrl, paths } from './site';

function attributionHtml(a: ReturnType<typeof issueAttribution>, lead: string): string {
  const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
  return `<p>${escapeHtml(lead)} ${escapeHtml(a.sentence)} ${link(a.url, a.url)} · ${link(a.licenseUrl, a.license)}. ${escapeHtml(a.adaptation)}</p>`;
}

export function buildFeed(content: Content, lang: Lang): string {
  const t = getDictionary(lang);
  const numbers = issueNumbers(content);
  const newest = numbers.length ? findIssue(content, numbers[0], lang)?.frontmatter.date : undefined;
  const feed = new Feed({
    title: t.siteName,
    description: t.siteTagline,
    id: absoluteUrl(paths.home(lang)),
    link: absoluteUrl(paths.home(lang)),
    language: htmlLang(lang),
    copyright: t.contentNotice,
    updated: newest ? new Date(`${newest}T00:00:00Z`) : new Date(0),
    feedLinks: { rss: absoluteUrl(`/${lang}/feed.xml`) },
  });
  for (const n of numbers) {
    const issue = findIssue(content, n, lang)!;
    const items = recordsOfIssue(content, n).map((r) => {
      const text = recordText(r, lang);
      const link = absoluteUrl(paths.feature(lang, r.id));
      return `<li><a href="${escapeHtml(link)}">${escapeHtml(text.title)}</a> (${escapeHtml(formatLanding(r.landing))})</li>`;
    });
    feed.addItem({
      title: issue.frontmatter.title,
      id: absoluteUrl(paths.issue(lang, n)),
      link: absoluteUrl(paths.issue(lang, n)),
      date: new Date(`${issue.frontmatter.date}T00:00:00Z`),
      description: issue.frontmatter.summary,
      content: `<p>${escapeHtml(issue.frontmatter.summary)}</p><ul>${items.join('')}</ul>${attributionHtml(issueAttribution(issue, t), t.attributionLead)}`,
      category: [{ name: issue.frontmatter.period.label }],
    });
  }
  return feed.rss2();
}
