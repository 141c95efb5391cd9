import { describe, expect, it } from 'vitest';
import { signSession, verifySession, type Session } from './session-token';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const now = new Date('2026-11-23T12:00:00Z');
const shopper: Session = {
  role: 'shopper',
  customerId: '7c0e8a52-3d4b-4f0e-8a1c-2b9e6d5f4a01',
  email: 'ada@example.com',
  name: 'Ada',
};
const sign = (session: Session = shopper) => signSession(session, { secret, now, ttlSeconds: 60 });

describe('session tokens', () => {
  it('carry the session they were signed with until they expire', () => {
    const token = sign();
    expect(verifySession(token, { secret, now })).toEqual(shopper);
    const later = new Date(now.getTime() + 61_000);
    expect(verifySession(token, { secret, now: later })).toBeNull();
  });

  it('are refused when signed with another secret', () => {
    expect(verifySession(sign(), { secret: `${secret}!`, now })).toBeNull();
  });

  it('are refused when the payload is altered, e.g. a shopper making themselves admin', () => {
    const [, signed] = sign().split('.');
    const forged = Buffer.from(
      JSON.stringify({ session: { role: 'admin', email: 'x@example.com' }, expiresAt: 2e9 }),
    ).toString('base64url');
    expect(verifySession(`${forged}.${signed}`, { secret, now })).toBeNull();
  });

  it('are refused when malformed', () => {
    for (const token of ['', 'abc', 'a.b.c', '.', `${sign()}x`, '%%%.%%%']) {
      expect(verifySession(token, { secret, now })).toBeNull();
    }
  });
});
