import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape';
import { linkListHtml } from './link-list';

describe('escapeHtml', () => {
  it('escapes what could end text or an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml('bpf_ima_inode_hash')).toBe('bpf_ima_inode_hash');
  });
});

describe('linkListHtml', () => {
  it('renders one list item with a link per entry, escaped', () => {
    expect(
      linkListHtml([
        { href: '/en/helpers/bpf_a', text: 'bpf_a' },
        { href: '/x?a=1&b="2"', text: '<b>' },
      ]),
    ).toBe('<li><a href="/en/helpers/bpf_a">bpf_a</a></li><li><a href="/x?a=1&amp;b=&quot;2&quot;">&lt;b&gt;</a></li>');
    expect(linkListHtml([])).toBe('');
  });
});
