import { describe, expect, it } from 'vitest';
import { readSagaEnv } from './env';

describe('saga settings', () => {
  it('has defaults for the demo', () => {
    expect(readSagaEnv({})).toMatchObject({
      SAGA_PAYMENT_TIMEOUT_MS: 60_000,
      SAGA_MAX_ATTEMPTS: 6,
    });
  });

  it('reads numbers given as text', () => {
    expect(readSagaEnv({ SAGA_PAYMENT_TIMEOUT_MS: '3000' }).SAGA_PAYMENT_TIMEOUT_MS).toBe(3_000);
  });

  it('refuses a call timeout that outlasts the lease, and explains', () => {
    expect(() =>
      readSagaEnv({ SAGA_PAYMENT_CALL_TIMEOUT_MS: '5000', SAGA_ACTION_LEASE_MS: '5000' }),
    ).toThrow(/call timeout must be shorter than the lease/);
    expect(() => readSagaEnv({ SAGA_POLL_MS: 'soon' })).toThrow(/SAGA_POLL_MS/);
  });
});
