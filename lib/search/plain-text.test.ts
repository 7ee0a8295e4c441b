import { describe, expect, it } from 'vitest';
import { mdxToPlainText } from './plain-text';

describe('mdxToPlainText', () => {
  it('keeps prose, link text and code; drops frontmatter, tags, comments and markers', () => {
    const mdx = [
      '---',
      'title: "x"',
      '---',
      '{/* a note */}',
      '## Heading',
      '',
      '- **Bold** and [a link](/zh/explainers/co-re), `bpf_program__attach()`',
      '<Feature id="x" title="t">',
      'inside',
      '</Feature>',
      '```sh',
      'bpftool btf dump',
      '```',
    ].join('\n');
    const text = mdxToPlainText(mdx);
    expect(text).toContain('Heading');
    expect(text).toContain('Bold and a link, bpf_program__attach()');
    expect(text).toContain('inside');
    expect(text).toContain('bpftool btf dump');
    for (const gone of ['title:', 'a note', '/zh/explainers', '<Feature', '```', '**', '##']) expect(text).not.toContain(gone);
  });
});
