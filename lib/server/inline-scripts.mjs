// @ts-check
/**
 * The inline scripts of an HTML page and their CSP hashes ('sha256-…'), from the bytes that are
 * sent: what a browser hashes to decide whether an inline script may run (CSP Level 3, §8.4: the
 * script element's text, after the HTML parser's newline normalisation).
 */
import { createHash } from 'node:crypto';

/** Types a browser runs as script (HTML §4.12.1.1): none, empty, a JavaScript MIME type, or module. */
const SCRIPT_TYPES = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/(?:javascript1\.[0-5]|jscript|livescript))$/i;

/** @param {string} attributes @param {string} name */
function attribute(attributes, name) {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>=<\`]+)))?(?=\\s|/|$)`, 'i').exec(attributes);
  if (!match) return null;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

/**
 * Every inline script the page runs, in order: its text (between the tags, newlines normalised
 * as the parser does). Scripts with `src` and data blocks (`type="application/json"`) are not
 * inline scripts. The page is HTML as React writes it: a script's text never holds `</script`.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
  const scripts = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? '';
    if (attribute(attributes, 'src') !== null) continue;
    const type = attribute(attributes, 'type');
    if (type !== null && !SCRIPT_TYPES.test(type.trim())) continue;
    scripts.push((match[2] ?? '').replace(/\r\n?/g, '\n'));
  }
  return scripts;
}

/**
 * The SHA-256 (base64) of each distinct inline script of the page, in order of first appearance:
 * the sources a CSP lists as `'sha256-…'`.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = inlineScripts(html).map((text) => createHash('sha256').update(text, 'utf8').digest('base64'));
  return [...new Set(hashes)];
}
