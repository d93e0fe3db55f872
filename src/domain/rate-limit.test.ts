import { describe, expect, it } from 'vitest';
import { clientAddress, createRateLimiter, reportRateKeys } from './rate-limit.ts';

/** A clock the test moves by hand: counting, never waiting. */
function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('the report rate limiter', () => {
  const rules = { client: { limit: 3, windowMs: 60_000 }, all: { limit: 5, windowMs: 60_000 } };

  it('lets a client through up to its limit in a window, then refuses with the seconds left', () => {
    const c = clock();
    const limiter = createRateLimiter(rules, c.now);
    for (let i = 0; i < 3; i++) expect(limiter.hit(reportRateKeys('10.0.0.1'))).toEqual({ ok: true });
    c.advance(15_000);
    expect(limiter.hit(reportRateKeys('10.0.0.1'))).toEqual({ ok: false, retryAfterSeconds: 45 });
    // Another client is counted on its own.
    expect(limiter.hit(reportRateKeys('10.0.0.2'))).toEqual({ ok: true });
  });

  it('opens again once the window has passed, and refusals do not count', () => {
    const c = clock();
    const limiter = createRateLimiter(rules, c.now);
    for (let i = 0; i < 3; i++) limiter.hit(reportRateKeys('a'));
    for (let i = 0; i < 10; i++) expect(limiter.hit(reportRateKeys('a')).ok).toBe(false);
    c.advance(60_000);
    for (let i = 0; i < 3; i++) expect(limiter.hit(reportRateKeys('a')).ok).toBe(true);
    expect(limiter.hit(reportRateKeys('a')).ok).toBe(false);
  });

  it('caps everyone together: many clients cannot pass the global limit', () => {
    const c = clock();
    const limiter = createRateLimiter(rules, c.now);
    const passed = Array.from({ length: 12 }, (_, i) => limiter.hit(reportRateKeys(`client-${i}`)).ok);
    expect(passed.filter(Boolean)).toHaveLength(5);
    expect(passed.slice(5).every((ok) => !ok)).toBe(true);
    // A refused hit counted on no key: the sixth client, refused, is not charged.
    c.advance(60_000);
    expect(limiter.hit(reportRateKeys('client-5'))).toEqual({ ok: true });
  });

  it('says at least one second, and refuses keys it has no rule for', () => {
    const c = clock();
    const limiter = createRateLimiter({ client: { limit: 1, windowMs: 500 } }, c.now);
    limiter.hit(['client:x']);
    c.advance(499);
    expect(limiter.hit(['client:x'])).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(() => limiter.hit(['nobody:x'])).toThrow('no rule for key nobody:x');
  });

  it('forgets past windows when its table is full', () => {
    const c = clock();
    const limiter = createRateLimiter({ client: { limit: 1, windowMs: 1000 } }, c.now, 10);
    for (let i = 0; i < 10; i++) limiter.hit([`client:${i}`]);
    c.advance(1000);
    // The sweep drops the ten old windows; each client starts again.
    for (let i = 0; i < 10; i++) expect(limiter.hit([`client:${i}`]).ok).toBe(true);
  });
});

describe('the client address', () => {
  it('is the socket address unless a trusted proxy forwards one', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.9', false)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '203.0.113.9, 10.0.0.1', true)).toBe('203.0.113.9');
    expect(clientAddress(undefined, undefined, false)).toBe('unknown');
  });
});
