// @ts-check
/**
 * Which requests get a reading page: one that is the same for every reader, rendered once per
 * server process and served from that render (scripts/serve.mjs), cacheable by shared caches.
 * The timeline, issues, features, catalog indexes and entries, explainers, credits and the compare
 * form, in either language, without a query. Pages made per request stay so: search, probe, a
 * filtered timeline, a comparison (any query), and everything else (API, feeds, files).
 * Plain JS: the server script reads it without a build (lib/reading-pages.test.ts checks the
 * languages and catalog segments against lib/i18n and lib/site).
 */

const LANG = '(?:zh|en)';
const CATALOG = '(?:helpers|program-types|map-types|attach-types|kfuncs)';
const ONE = '/[^/]+';
const READING_PAGE = new RegExp(
  `^/${LANG}(?:/issues(?:${ONE})?|/features${ONE}|/${CATALOG}(?:${ONE})?|/explainers(?:${ONE})?|/credits|/compare)?$`,
);

/**
 * Whether a request target (path and query, as in the request line) asks for a reading page.
 * @param {string} target
 */
export function isReadingPageTarget(target) {
  return !target.includes('?') && READING_PAGE.test(target);
}

const PROBE_PAGE = new RegExp(`^/${LANG}/probe$`);

/**
 * Whether a request target asks for the probe page: made per request (a fresh nonce, not stored),
 * and, like a reading page, served without Next's runtime (its one interactive part is an island).
 * @param {string} target
 */
export function isProbePageTarget(target) {
  return PROBE_PAGE.test(target);
}
