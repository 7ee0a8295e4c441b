import { describe, expect, it } from 'vitest';
import { LANGS } from './features/types';
import { isProbePageTarget, isReadingPageTarget } from './reading-pages.mjs';
import { CATALOG_SEGMENTS } from './site';

describe('reading pages: rendered once and cacheable', () => {
  it('are the timeline, issues, features, catalog, explainers, credits and the compare form, without a query', () => {
    for (const lang of LANGS) {
      for (const path of [
        '',
        '/issues',
        '/issues/2',
        '/features/bpf-ima-inode-hash',
        '/explainers',
        '/explainers/co-re',
        '/credits',
        '/compare',
      ]) {
        expect(isReadingPageTarget(`/${lang}${path}`), `/${lang}${path}`).toBe(true);
      }
      for (const segment of Object.values(CATALOG_SEGMENTS)) {
        expect(isReadingPageTarget(`/${lang}/${segment}`)).toBe(true);
        expect(isReadingPageTarget(`/${lang}/${segment}/some_entry`)).toBe(true);
      }
    }
  });

  it('are not pages made per request (search, probe, a query), nor anything else', () => {
    for (const target of [
      '/en/search',
      '/en/search?q=ima',
      '/zh/probe',
      '/zh?category=security',
      '/en/compare?from=5.10&to=5.11',
      '/en/issues/2?x',
      '/en/',
      '/',
      '/fr',
      '/en/feed.xml',
      '/api/features',
      '/api/probe',
      '/robots.txt',
      '/_next/static/chunks/a.js',
      '/en/issues/2/more',
      '/en/helpers/a/b',
      '/en/unknown',
      '/enx',
    ]) {
      expect(isReadingPageTarget(target), target).toBe(false);
    }
  });

  it('the probe page is its own kind: made per request, in either language, without a query', () => {
    for (const lang of LANGS) expect(isProbePageTarget(`/${lang}/probe`)).toBe(true);
    for (const target of ['/en/probe?x', '/en/probe/', '/en/probe/program-types', '/fr/probe', '/probe']) {
      expect(isProbePageTarget(target), target).toBe(false);
    }
  });
});
