import { z } from 'zod';
import { eventCodec, type EventOf } from '../shared/event-codec';
import { defineEvent } from '../shared/event-definition';

const holder = z.object({ email: z.string().min(1), customerId: z.uuid() });

/** The email now belongs to this customer; nobody else may register with it. */
export const emailReserved = defineEvent('EmailReserved', holder);

/** The email is free again (a registration that reserved it was refused). */
export const emailReleased = defineEvent('EmailReleased', holder);

export const emailReservationEventCodec = eventCodec([emailReserved, emailReleased]);

export type EmailReserved = EventOf<typeof emailReserved>;
export type EmailReleased = EventOf<typeof emailReleased>;
export type EmailReservationEvent = ReturnType<typeof emailReservationEventCodec.parse>;
