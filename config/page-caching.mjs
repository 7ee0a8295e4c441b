// @ts-check
/**
 * How pages may be kept (plain JS: proxy.ts and scripts/serve.mjs share it). Reading pages are
 * rendered once per server process and may be kept by any cache, which asks again after
 * `s-maxage` and may serve a stale copy while it does; everything made per request (probe,
 * search, filtered timeline, anything with a token) is private and not stored.
 */

/** Reading pages: browsers revalidate each time (a 304 is cheap); shared caches keep a page 5 min, and serve it stale up to a day while revalidating. */
export const READING_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=300, stale-while-revalidate=86400';

/** Anything made for one request. */
export const NO_STORE = 'private, no-store';

/**
 * What a page's bytes depend on besides the path: the request headers Next reads to answer with
 * flight data instead of HTML, and the content coding.
 */
export const PAGE_VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';

/**
 * Request header with which scripts/serve.mjs asks Next for the one render of a reading page: the
 * proxy then gives the page no nonce (the server adds the hashes of its inline scripts). The
 * server removes it from every request it did not make itself.
 */
export const STATIC_RENDER_HEADER = 'x-ebpf-digest-render';
export const STATIC_RENDER_VALUE = 'static';
