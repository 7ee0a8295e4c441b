import { describe, expect, it } from 'vitest';
import { ifNoneMatchHits, notModifiedSince } from './http-cache.mjs';

describe('conditional requests', () => {
  it('If-None-Match: a listed tag may stand for the same body in another coding', () => {
    const base = (tag: string) => tag.replace(/-br"$/, '"');
    expect(ifNoneMatchHits('"abc-br"', '"abc"')).toBe(false);
    expect(ifNoneMatchHits('"abc-br"', '"abc"', base)).toBe(true);
    expect(ifNoneMatchHits('W/"abc-br", "zzz"', '"abc"', base)).toBe(true);
    expect(ifNoneMatchHits('"abd-br"', '"abc"', base)).toBe(false);
  });

  it('If-Modified-Since: not modified when the page is no newer, to the second', () => {
    const lastModified = new Date('2026-11-30T10:00:00.700Z');
    expect(notModifiedSince('Mon, 30 Nov 2026 10:00:00 GMT', lastModified)).toBe(true);
    expect(notModifiedSince('Mon, 30 Nov 2026 10:00:05 GMT', lastModified)).toBe(true);
    expect(notModifiedSince('Mon, 30 Nov 2026 09:59:59 GMT', lastModified)).toBe(false);
    expect(notModifiedSince('yesterday', lastModified)).toBe(false);
    expect(notModifiedSince(undefined, lastModified)).toBe(false);
  });
});
