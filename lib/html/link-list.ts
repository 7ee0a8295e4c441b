import { escapeHtml } from './escape';

/**
 * A list of plain links as an HTML string (`<li><a href>…</a></li>` each), for long lists the
 * server renders and the browser never changes: set with dangerouslySetInnerHTML, React sends one
 * string instead of an element tree and hydration skips it (hundreds of links on the timeline).
 */
export function linkListHtml(links: { href: string; text: string }[]): string {
  return links.map(({ href, text }) => `<li><a href="${escapeHtml(href)}">${escapeHtml(text)}</a></li>`).join('');
}
