// @ts-check
/**
 * Security headers, in one place (plain JS so next.config.js and scripts/serve.mjs load it without
 * a build): the page CSPs (inline scripts only by per-request nonce or, on pages rendered once, by
 * their hashes; never 'unsafe-inline', no 'unsafe-eval' outside `next dev`), the CSP of everything
 * that is not a page, and the headers every response carries.
 */

/**
 * The page CSP around a script-src: scripts from this origin plus the given sources, nothing else.
 * @param {string[]} scriptSources
 */
function pageCspWith(scriptSources) {
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...scriptSources].join(' ')}`,
    // Highlighted code carries colours in style attributes; no script can run from a style.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * A page rendered for one request (probe, search, a filtered timeline): its inline scripts carry
 * the request's nonce, and scripts they load are trusted through them ('strict-dynamic').
 * @param {string} nonce @param {boolean} [dev]
 */
export function pageCsp(nonce, dev = false) {
  return pageCspWith([`'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])]);
}

/**
 * A page rendered once and served many times (a reading page, scripts/serve.mjs): exactly its own
 * inline scripts, by the SHA-256 of each (base64), computed from the HTML that is sent, and
 * scripts from this origin. With no hashes no inline script runs: what the proxy sends while the
 * page is being rendered, before the server puts the hashes in.
 * @param {readonly string[]} sha256s
 */
export function staticPageCsp(sha256s) {
  return pageCspWith(sha256s.map((hash) => `'sha256-${hash}'`));
}

/** JSON, feeds and text: nothing in them may run or be framed. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'";

/** @type {Record<string, string>} */
export const COMMON_SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export function createNonce() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
