import { describe, expect, it } from 'vitest';
import { eventSubject } from '../relay/subjects';
import { deciderSpec } from '../shared/decider-spec';
import { emailReservationAggregate, emailReservationStreamId, type EmailReserved } from './index';

const ada = '7c0e8a52-3d4b-4f0e-8a1c-2b9e6d5f4a01';
const grace = '7c0e8a52-3d4b-4f0e-8a1c-2b9e6d5f4a02';
const email = 'ada@example.com';
const spec = deciderSpec(emailReservationAggregate.decider);

const reserve = (customerId: string) => ({
  type: 'ReserveEmail' as const,
  data: { email, customerId },
});
const release = (customerId: string) => ({
  type: 'ReleaseEmail' as const,
  data: { email, customerId },
});
const reservedBy = (customerId: string): EmailReserved => ({
  type: 'EmailReserved',
  data: { email, customerId },
});
const releasedBy = (customerId: string) => ({
  type: 'EmailReleased' as const,
  data: { email, customerId },
});

describe('ReserveEmail', () => {
  it('gives a free email to the first customer who asks', () => {
    spec
      .given([])
      .when(reserve(ada))
      .then([reservedBy(ada)]);
    spec
      .given([reservedBy(grace), releasedBy(grace)])
      .when(reserve(ada))
      .then([reservedBy(ada)]);
  });

  it('is idempotent for the customer who holds it', () => {
    spec
      .given([reservedBy(ada)])
      .when(reserve(ada))
      .then([]);
  });

  it('refuses an email another customer holds', () => {
    spec
      .given([reservedBy(grace)])
      .when(reserve(ada))
      .thenFails('EmailAlreadyTaken');
  });
});

describe('ReleaseEmail', () => {
  it('frees the email when its holder releases it', () => {
    spec
      .given([reservedBy(ada)])
      .when(release(ada))
      .then([releasedBy(ada)]);
  });

  it('never frees an email for anyone but its holder, and never twice', () => {
    spec
      .given([reservedBy(grace)])
      .when(release(ada))
      .then([]);
    spec.given([]).when(release(ada)).then([]);
    spec
      .given([reservedBy(ada), releasedBy(ada)])
      .when(release(ada))
      .then([]);
  });
});

describe('the reservation stream id', () => {
  it('is the same for every spelling of one email, and differs between emails', () => {
    expect(emailReservationStreamId(' Ada@Example.COM ')).toBe(emailReservationStreamId(email));
    expect(emailReservationStreamId('grace@example.com')).not.toBe(emailReservationStreamId(email));
  });

  it('can be a NATS subject token, in a category of its own', () => {
    const streamId = emailReservationStreamId('ada.lovelace+shop@example.co.uk');
    expect(streamId).toMatch(/^customeremail-[0-9a-f]{64}$/);
    expect(eventSubject('shop.events', streamId)).toMatch(
      new RegExp(`^shop\\.events\\.customeremail\\.\\d+\\.${streamId}$`),
    );
  });
});
