/**
 * MDX source → the plain text a reader sees, for the search index: no frontmatter, comments,
 * imports, tags or Markdown markers. Link text stays, URLs go; code stays (it holds the names
 * people search for). Pure and approximate: it only has to be good enough to tokenize.
 */
export function mdxToPlainText(source: string): string {
  return (
    source
      .replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/^(?:import|export)\s.*$/gm, ' ')
      // Fences: drop the ``` lines, keep the code.
      .replace(/^\s*(`{3,}|~{3,}).*$/gm, ' ')
      // JSX/HTML tags (attributes may span lines), keeping what is between them.
      .replace(/<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*)?\/?>/g, ' ')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
      .replace(/(\*{1,3}|`+|~~)/g, '') // not `__`: it is part of names (bpf_program__attach)
      .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/gm, ' ')
      .replace(/\|/g, ' ')
      .replace(/[ \t]+/g, ' ')
      .replace(/\s*\n\s*/g, '\n')
      .trim()
  );
}
