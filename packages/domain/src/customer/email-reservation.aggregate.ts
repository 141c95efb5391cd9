import { createHash } from 'node:crypto';
import type { Aggregate } from '../application/handle-command';
import type { EmailReservationError } from './customer.errors';
import { normalizeEmail } from './customer.fields';
import {
  emailReservationCommandSchema,
  type EmailReservationCommand,
} from './email-reservation.commands';
import { emailReservationDecider, type EmailReservationState } from './email-reservation.decider';
import { emailReservationEventCodec, type EmailReservationEvent } from './email-reservation.events';

/**
 * Email uniqueness without reading a projection (which may lag): each normalised email has its own
 * tiny stream, and the event store's optimistic concurrency lets exactly one customer claim it.
 */
export const emailReservationAggregate: Aggregate<
  EmailReservationCommand,
  EmailReservationEvent,
  EmailReservationState,
  EmailReservationError
> = {
  decider: emailReservationDecider,
  codec: emailReservationEventCodec,
  commandSchema: emailReservationCommandSchema,
};

/*
 * Its own category, not `customer-email-…`: the category is the text before the first '-', so that
 * form would land in the `customer` category and every customer projection would receive (and
 * skip) the reservations, emails included.
 */
export const emailReservationStreamCategory = 'customeremail';

/**
 * `customeremail-<sha256 hex of the normalised email>`: an email holds '.', which cannot be in a
 * NATS subject token, and a hash keeps the address itself out of subjects and logs.
 */
export const emailReservationStreamId = (email: string): string =>
  `${emailReservationStreamCategory}-${createHash('sha256').update(normalizeEmail(email)).digest('hex')}`;
