import { z } from 'zod';
import { eventCodec, type EventOf } from '../shared/event-codec';
import { defineEvent } from '../shared/event-definition';

// Shape only: business rules live in the commands, so a rule tightened later reads old events.
const customerId = z.uuid();

export const customerRegistered = defineEvent(
  'CustomerRegistered',
  z.object({ customerId, email: z.string().min(1), name: z.string().min(1) }),
);

export const customerRenamed = defineEvent(
  'CustomerRenamed',
  z.object({ customerId, name: z.string().min(1) }),
);

export const customerEventCodec = eventCodec([customerRegistered, customerRenamed]);

export type CustomerRegistered = EventOf<typeof customerRegistered>;
export type CustomerRenamed = EventOf<typeof customerRenamed>;
export type CustomerEvent = ReturnType<typeof customerEventCodec.parse>;
