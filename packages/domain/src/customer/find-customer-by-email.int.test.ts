import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useCommandTestBed } from '../application/test-support/command-deps';
import { emailReservationStreamId, findCustomerByEmail, registerCustomer } from './index';

const bed = useCommandTestBed();

const context = () => ({ commandId: randomUUID(), correlationId: randomUUID(), actor: 'test' });

describe('finding a customer by email', () => {
  it('finds a registered customer however the email is spelled', async () => {
    const email = `grace.${randomUUID()}@example.com`;
    const registered = await registerCustomer(
      bed().deps,
      { email, name: 'Grace Hopper' },
      context(),
    );
    expect(registered.ok).toBe(true);
    const found = await findCustomerByEmail(bed().deps, `  ${email.toUpperCase()} `);
    expect(found).toEqual({
      customerId: registered.ok ? registered.value.customerId : null,
      email,
      name: 'Grace Hopper',
    });
  });

  it('finds nobody for an unknown or malformed email', async () => {
    expect(await findCustomerByEmail(bed().deps, `nobody.${randomUUID()}@example.com`)).toBeNull();
    expect(await findCustomerByEmail(bed().deps, 'not an email')).toBeNull();
  });

  it('finds nobody when the email was reserved but the registration never completed', async () => {
    const email = `half.${randomUUID()}@example.com`;
    await bed().deps.eventStore.appendToStream(emailReservationStreamId(email), 'no_stream', [
      {
        eventId: randomUUID(),
        type: 'EmailReserved',
        schemaVersion: 1,
        data: { email, customerId: randomUUID() },
        metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: 'test' },
      },
    ]);
    expect(await findCustomerByEmail(bed().deps, email)).toBeNull();
  });
});
