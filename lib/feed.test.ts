import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadCatalog } from './server/catalog';
import { createCatalogIndex } from './catalog/lookup';
import { loadContent } from './server/content/load-content';
import { buildFeed } from './feed';

describe('buildFeed', async () => {
  const content = await loadContent(createCatalogIndex(loadCatalog()), path.join(__dirname, '../content'));
  it.each(['zh', 'en'] as const)('%s: one item per issue, listing its features', (lang) => {
    const xml = buildFeed(content, lang);
    expect(xml).toMatch(/^<\?xml/);
    expect(xml.match(/<item>/g)).toHaveLength(new Set(content.issues.map((i) => i.number)).size);
    expect(xml).toContain(`/${lang}/issues/2`);
    expect(xml).toContain(`/${lang}/features/bpf-ima-inode-hash`);
    expect(xml).toContain(lang === 'zh' ? 'eBPF 今日头条 2' : 'eBPF Daily Headlines #2');
  });

  it.each(['zh', 'en'] as const)('%s: every item names its post, links it and its license, and says the text is an adaptation', (lang) => {
    const xml = buildFeed(content, lang);
    const items = xml.split('<item>').slice(1);
    for (const issue of content.issues.filter((i) => i.lang === lang)) {
      const item = items.find((i) => i.includes(`/${lang}/issues/${issue.number}</link>`));
      expect(item, `issue ${issue.number}`).toBeDefined();
      expect(item).toContain(issue.frontmatter.source.url);
      expect(item).toContain(issue.frontmatter.source.title);
      expect(item).toContain('https://creativecommons.org/licenses/by/4.0/');
      expect(item).toContain(lang === 'zh' ? '本站自行改写' : 'own adaptation');
    }
  });
});
