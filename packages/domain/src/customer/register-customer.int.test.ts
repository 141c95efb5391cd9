import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../application/handle-command';
import { PostgresEventStore } from '../event-store/postgres-event-store';
import type { EventStore } from '../event-store/port';
import { testLogger, testPool } from '../event-store/test-support/fixtures';
import {
  customerStreamId,
  emailReservationStreamCategory,
  emailReservationStreamId,
  registerCustomer,
} from './index';

let database: TestDatabase;
let pool: pg.Pool;
let store: PostgresEventStore;
const logger = testLogger();

beforeAll(async () => {
  database = await createTestDatabase();
  pool = testPool(database.connectionString);
  store = new PostgresEventStore(pool, logger);
});

afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

const context = (): CommandContext => ({
  commandId: randomUUID(),
  correlationId: randomUUID(),
  actor: 'customer:signup',
});
const uniqueEmail = () => `ada.${randomUUID()}@example.com`;
const register = (eventStore: EventStore, input: Record<string, unknown>) =>
  registerCustomer({ eventStore, logger }, input, context());
const typesIn = async (streamId: string) =>
  (await store.readStream(streamId)).map((event) => event.type);

/** The real store, except that appends to customer streams throw while `failing` is set. */
class CustomerStreamOutage implements EventStore {
  failing = true;
  readStream = (...args: Parameters<EventStore['readStream']>) => store.readStream(...args);
  appendToStream(...args: Parameters<EventStore['appendToStream']>) {
    if (this.failing && args[0].startsWith('customer-')) {
      return Promise.reject(new Error('connection lost'));
    }
    return store.appendToStream(...args);
  }
}

/**
 * The real store, except that the first `readers` reads of reservation streams wait for one
 * another: every registration then sees the email free, and all race to append.
 */
class ReservationRace implements EventStore {
  private reads = 0;
  private release: () => void = () => undefined;
  private readonly allRead = new Promise<void>((resolve) => (this.release = resolve));

  constructor(private readonly readers: number) {}

  async readStream(...args: Parameters<EventStore['readStream']>) {
    const history = await store.readStream(...args);
    if (!args[0].startsWith(`${emailReservationStreamCategory}-`)) return history;
    this.reads += 1;
    if (this.reads === this.readers) this.release();
    if (this.reads <= this.readers) await this.allRead;
    return history;
  }

  appendToStream = (...args: Parameters<EventStore['appendToStream']>) =>
    store.appendToStream(...args);
}

describe('registerCustomer on the Postgres event store', () => {
  it('registers a customer and holds the email for them', async () => {
    const customerId = randomUUID();
    const email = uniqueEmail();

    const result = await register(store, { customerId, email, name: 'Ada' });

    expect(result).toEqual({
      ok: true,
      value: { customerId, position: expect.any(Object), streamVersion: 1 },
    });
    expect(await typesIn(customerStreamId(customerId))).toEqual(['CustomerRegistered']);
    expect(await typesIn(emailReservationStreamId(email))).toEqual(['EmailReserved']);
  });

  it('makes a customer id when none is given', async () => {
    const result = await register(store, { email: uniqueEmail(), name: 'Ada' });
    expect(result.ok && result.value.customerId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses the email, however spelled, to a second customer; the first may retry', async () => {
    const email = uniqueEmail();
    const first = randomUUID();
    const second = randomUUID();
    await register(store, { customerId: first, email, name: 'Ada' });

    const other = await register(store, {
      customerId: second,
      email: ` ${email.toUpperCase()} `,
      name: 'Grace',
    });
    const again = await register(store, { customerId: first, email, name: 'Ada' });

    expect(other).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'DomainError', code: 'EmailAlreadyTaken' }),
    });
    expect(await store.readStream(customerStreamId(second))).toEqual([]);
    expect(again).toEqual({
      ok: true,
      value: { customerId: first, position: null, streamVersion: 1 },
    });
    expect(await typesIn(emailReservationStreamId(email))).toEqual(['EmailReserved']);
  });

  it('completes on retry after failing between reserving and registering', async () => {
    const outage = new CustomerStreamOutage();
    const customerId = randomUUID();
    const email = uniqueEmail();

    await expect(register(outage, { customerId, email, name: 'Ada' })).rejects.toThrow(
      'connection lost',
    );
    const meanwhile = await register(store, { customerId: randomUUID(), email, name: 'Grace' });
    outage.failing = false;
    const retry = await register(outage, { customerId, email, name: 'Ada' });

    expect(meanwhile.ok || meanwhile.error).toMatchObject({ code: 'EmailAlreadyTaken' });
    expect(retry.ok).toBe(true);
    expect(await typesIn(customerStreamId(customerId))).toEqual(['CustomerRegistered']);
    expect(await typesIn(emailReservationStreamId(email))).toEqual(['EmailReserved']);
  });

  it('lets exactly one of two customers racing for one email win', async () => {
    const email = uniqueEmail();
    const racers = [randomUUID(), randomUUID()];
    const race = new ReservationRace(racers.length);

    const results = await Promise.all(
      racers.map((customerId, index) => register(race, { customerId, email, name: `C${index}` })),
    );

    const winners = racers.filter((_, index) => results[index]?.ok);
    expect(winners).toHaveLength(1);
    expect(results.flatMap((result) => (result.ok ? [] : [result.error]))).toEqual([
      expect.objectContaining({ code: 'EmailAlreadyTaken' }),
    ]);
    const reservation = await store.readStream(emailReservationStreamId(email));
    expect(reservation.map((event) => event.data)).toEqual([{ email, customerId: winners[0] }]);
    for (const customerId of racers) {
      const registered = await typesIn(customerStreamId(customerId));
      expect(registered).toEqual(customerId === winners[0] ? ['CustomerRegistered'] : []);
    }
  });

  it('keeps one winner per email when many register at once', async () => {
    const emails = Array.from({ length: 5 }, uniqueEmail);
    const attempts = emails.flatMap((email) =>
      Array.from({ length: 4 }, () => ({ customerId: randomUUID(), email, name: 'Racer' })),
    );

    const results = await Promise.all(attempts.map((input) => register(store, input)));

    for (const email of emails) {
      const outcomes = results.filter((_, index) => attempts[index]?.email === email);
      expect(outcomes.filter((result) => result.ok)).toHaveLength(1);
      expect(outcomes.filter((result) => !result.ok)).toEqual(
        Array.from({ length: 3 }, () => ({
          ok: false,
          error: expect.objectContaining({ code: 'EmailAlreadyTaken' }),
        })),
      );
    }
  });

  it('gives back an email it claimed when the customer id is already someone else', async () => {
    const customerId = randomUUID();
    const firstEmail = uniqueEmail();
    const secondEmail = uniqueEmail();
    await register(store, { customerId, email: firstEmail, name: 'Ada' });

    const reuse = await register(store, { customerId, email: secondEmail, name: 'Ada' });
    const newcomer = await register(store, { email: secondEmail, name: 'Grace' });

    expect(reuse.ok || reuse.error).toMatchObject({ code: 'CustomerAlreadyRegistered' });
    expect(await typesIn(emailReservationStreamId(secondEmail))).toEqual([
      'EmailReserved',
      'EmailReleased',
      'EmailReserved',
    ]);
    expect(newcomer.ok).toBe(true);
    // The customer's own email stays theirs.
    expect(await typesIn(emailReservationStreamId(firstEmail))).toEqual(['EmailReserved']);
  });

  it('stores nothing for input it cannot use', async () => {
    const customerId = randomUUID();
    const result = await register(store, { customerId, email: 'not-an-email', name: '' });
    expect(result.ok || result.error).toMatchObject({
      kind: 'ValidationFailed',
      fieldErrors: { email: [expect.any(String)], name: ['Name is required'] },
    });
    expect(await store.readStream(customerStreamId(customerId))).toEqual([]);
  });
});
