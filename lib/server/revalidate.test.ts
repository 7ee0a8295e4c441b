import { describe, expect, it } from 'vitest';
import { entityTag, ifNoneMatchHits, revalidatedResponse } from './revalidate';

describe('entityTag', () => {
  it('is quoted, stable for a body and different for another', () => {
    expect(entityTag('a')).toMatch(/^"[\w-]{27}"$/);
    expect(entityTag('a')).toBe(entityTag('a'));
    expect(entityTag('a')).not.toBe(entityTag('b'));
  });
});

describe('ifNoneMatchHits', () => {
  const tag = '"abc"';
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['"x",W/"abc"', true],
    ['*', true],
    ['"abcd"', false],
    ['"x", "y"', false],
    ['abc', false],
    ['', false],
    [null, false],
  ])('%j → %s', (header, expected) => {
    expect(ifNoneMatchHits(header, tag)).toBe(expected);
  });
});

describe('revalidatedResponse', () => {
  const etag = entityTag('body');
  it('answers 200 with the body, its type and the tag', async () => {
    const response = revalidatedResponse(new Request('http://x/'), 'body', etag, { 'Content-Type': 'text/plain' });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(etag);
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(await response.text()).toBe('body');
  });

  it('answers 304 without a body when the client has the tag', async () => {
    const response = revalidatedResponse(new Request('http://x/', { headers: { 'if-none-match': `W/${etag}` } }), 'body', etag, {});
    expect(response.status).toBe(304);
    expect(response.headers.get('etag')).toBe(etag);
    expect(await response.text()).toBe('');
  });
});
