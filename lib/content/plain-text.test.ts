import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileMdx } from '../server/content/compile-mdx';

describe('plain text, made in the MDX pass', () => {
  const saved = process.env.MDX_CACHE_DIR;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'mdx-plain-'));
    process.env.MDX_CACHE_DIR = dir;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.MDX_CACHE_DIR;
    else process.env.MDX_CACHE_DIR = saved;
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps prose, link text and code; drops frontmatter, tags, comments, URLs and markers', async () => {
    const mdx = [
      '---',
      'title: "x"',
      '---',
      '{/* a note */}',
      '## Heading',
      '',
      '- **Bold** and [a link](/zh/explainers/co-re), `bpf_program__attach()`',
      '- `/sys/kernel/btf/<module>` and ![a diagram](/img.png)',
      '',
      '<Feature id="x" title="t">',
      'inside',
      '</Feature>',
      '',
      '| name | kernel |',
      '| --- | --- |',
      '| ringbuf | 5.8 |',
      '',
      '```sh',
      '# bpftool btf dump file /sys/kernel/btf/vmlinux | grep x',
      '```',
    ].join('\n');
    const { text, problems } = await compileMdx(mdx);
    expect(problems.filter((p) => !p.reason.includes('<Feature'))).toEqual([]);
    expect(text.split('\n')).toEqual([
      'Heading',
      'Bold and a link, bpf_program__attach()',
      '/sys/kernel/btf/<module> and a diagram',
      'inside',
      'name kernel',
      'ringbuf 5.8',
      '# bpftool btf dump file /sys/kernel/btf/vmlinux | grep x',
    ]);
  });

  it('gives a <Feature> body its paragraphs and list items on lines of their own, without its comments', async () => {
    const mdx = [
      '<Feature id="bpf-snprintf" kernel="5.13" categories="tracing" helpers="bpf_snprintf" title="bpf_snprintf()">',
      'A new helper, `bpf_snprintf()`.',
      '{/* a translator’s note */}',
      'The additions are:',
      '',
      '- `SO_MARK`',
      '- `SO_PRIORITY`',
      '</Feature>',
    ].join('\n');
    const { declarations } = await compileMdx(mdx);
    expect(declarations.map((d) => d.body)).toEqual(['A new helper, bpf_snprintf().\nThe additions are:\nSO_MARK\nSO_PRIORITY']);
  });
});
