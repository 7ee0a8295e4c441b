import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, inlineScripts } from './inline-scripts.mjs';

describe('inline scripts of a page and their CSP hashes', () => {
  it('hashes each inline script as the browser does: SHA-256 of its text, base64', () => {
    // Reference values: printf 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(inlineScriptHashes('<p>x</p><script>alert(1)</script>')).toEqual(['bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=']);
    // The HTML parser turns CR LF (and a lone CR) into LF before the script sees its text.
    expect(inlineScriptHashes('<script>a\r\nb</script><script>a\rb</script>')).toEqual(['fhj3NzEbLcOy8mndeDlrA1HxT7Zu+oefdoyyMYGIPHg=']);
  });

  it('takes scripts without src, whatever their other attributes, and leaves out loaded scripts and data blocks', () => {
    const html = [
      '<script>one()</script>',
      '<script nonce="n" id="_R_">two()</script>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script async src=/b.js></script>',
      '<script data-src="/c.js">three()</script>',
      '<script type="module">four()</script>',
      '<script type="text/javascript">five()</script>',
      '<script type="application/json">{"not":"run"}</script>',
      '<script type="application/ld+json">{"@context":"x"}</script>',
      '<SCRIPT>six()</SCRIPT >',
      '<noscript><p>no</p></noscript>',
    ].join('\n');
    expect(inlineScripts(html)).toEqual(['one()', 'two()', 'three()', 'four()', 'five()', 'six()']);
  });

  it('lists a script that appears twice once', () => {
    expect(inlineScriptHashes('<script>x()</script><script>x()</script>')).toHaveLength(1);
    expect(inlineScriptHashes('<p>no scripts</p>')).toEqual([]);
  });
});
