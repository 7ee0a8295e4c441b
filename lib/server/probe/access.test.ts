import { describe, expect, it } from 'vitest';
import { bearerToken, constantTimeEqual, decideProbeAccess, hostnameOf, isLoopbackHost, type ProbeAccessInput } from './access';

const TOKEN = 's3cret-token-value';
const base: ProbeAccessInput = { token: undefined, authorization: null, listenHost: '127.0.0.1', requestHost: '127.0.0.1:3000' };
const decide = (over: Partial<ProbeAccessInput>) => decideProbeAccess({ ...base, ...over });
const outcome = (over: Partial<ProbeAccessInput>) => {
  const d = decide(over);
  return d.allowed ? `allowed:${d.by}` : `refused:${d.reason}`;
};

describe('decideProbeAccess: listen address × token', () => {
  // [listen host, request Host header, PROBE_TOKEN, Authorization, expected]
  const table: [string | undefined, string | null, string | undefined, string | null, string][] = [
    // Loopback, no token configured: open to loopback requests.
    ['127.0.0.1', '127.0.0.1:3000', undefined, null, 'allowed:loopback'],
    ['127.0.0.1', 'localhost:3000', undefined, null, 'allowed:loopback'],
    ['::1', '[::1]:3000', undefined, null, 'allowed:loopback'],
    ['localhost', 'localhost', undefined, null, 'allowed:loopback'],
    // …but not to a request addressed by another name (DNS rebinding, a proxy in front).
    ['127.0.0.1', 'evil.example:3000', undefined, null, 'refused:host_not_loopback'],
    ['127.0.0.1', null, undefined, null, 'refused:host_not_loopback'],
    // A bearer header without a configured token changes nothing.
    ['127.0.0.1', '127.0.0.1:3000', undefined, `Bearer ${TOKEN}`, 'allowed:loopback'],
    // Not loopback, no token configured: off, whatever the request says.
    ['0.0.0.0', '127.0.0.1:3000', undefined, null, 'refused:listen_not_loopback'],
    ['::', 'localhost', undefined, `Bearer ${TOKEN}`, 'refused:listen_not_loopback'],
    ['192.168.1.5', '192.168.1.5:3000', undefined, null, 'refused:listen_not_loopback'],
    ['0.0.0.0', '127.0.0.1:3000', '   ', null, 'refused:listen_not_loopback'],
    // Token configured: always required — on loopback too.
    ['127.0.0.1', '127.0.0.1:3000', TOKEN, null, 'refused:token_missing'],
    ['127.0.0.1', '127.0.0.1:3000', TOKEN, 'Bearer wrong', 'refused:token_invalid'],
    ['127.0.0.1', '127.0.0.1:3000', TOKEN, `Bearer ${TOKEN}`, 'allowed:token'],
    ['0.0.0.0', 'probe.example', TOKEN, null, 'refused:token_missing'],
    ['0.0.0.0', 'probe.example', TOKEN, `Bearer ${TOKEN}x`, 'refused:token_invalid'],
    ['0.0.0.0', 'probe.example', TOKEN, `Bearer ${TOKEN.slice(0, -1)}`, 'refused:token_invalid'],
    ['0.0.0.0', 'probe.example', TOKEN, `bearer ${TOKEN}`, 'allowed:token'],
    ['0.0.0.0', 'probe.example', TOKEN, `Basic ${TOKEN}`, 'refused:token_missing'],
    ['0.0.0.0', 'probe.example', TOKEN, TOKEN, 'refused:token_missing'],
    // Listen address unknown (next start run directly): the Host header decides.
    [undefined, '127.0.0.1:3000', undefined, null, 'allowed:loopback'],
    [undefined, 'example.org', undefined, null, 'refused:host_not_loopback'],
    [undefined, 'example.org', TOKEN, `Bearer ${TOKEN}`, 'allowed:token'],
  ];
  it.each(table)('listen %s, Host %s, PROBE_TOKEN %s, Authorization %s → %s', (listenHost, requestHost, token, authorization, expected) => {
    expect(outcome({ listenHost, requestHost, token, authorization })).toBe(expected);
  });

  it('every refusal explains itself and never echoes the token', () => {
    for (const over of [
      { token: TOKEN },
      { token: TOKEN, authorization: 'Bearer nope' },
      { listenHost: '0.0.0.0' },
      { requestHost: 'evil.example' },
    ]) {
      const d = decide(over);
      expect(d.allowed).toBe(false);
      if (!d.allowed) {
        expect(d.message.length).toBeGreaterThan(30);
        expect(d.message).not.toContain(TOKEN);
        expect(d.message).not.toContain('nope');
      }
    }
  });
});

describe('loopback and header parsing', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3:80', true],
    ['localhost:3000', true],
    ['LOCALHOST', true],
    ['localhost.', true],
    ['[::1]:3000', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['128.0.0.1', false],
    ['127.0.0.1.evil.example', false],
    ['localhost.evil.example', false],
    ['10.0.0.1:3000', false],
    ['', false],
  ])('isLoopbackHost(%j) = %s', (value, expected) => {
    expect(isLoopbackHost(value)).toBe(expected);
  });

  it('hostnameOf strips ports and brackets', () => {
    expect(hostnameOf('[::1]:3000')).toBe('::1');
    expect(hostnameOf('example.org:80')).toBe('example.org');
    expect(hostnameOf('fe80::1')).toBe('fe80::1');
  });

  it('bearerToken reads the Bearer scheme only', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('  BEARER   abc  ')).toBe('abc');
    expect(bearerToken('Bearer')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });

  it('constantTimeEqual compares whole strings of any length', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
  });
});
