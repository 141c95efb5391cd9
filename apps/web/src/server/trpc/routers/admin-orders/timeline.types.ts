import { recordedAddressSchema } from '@shop/domain';
import { z } from 'zod';
import { orderActionsSchema } from './order-actions';
import { moneyViewSchema, orderStateViewSchema } from './order-state-view';

export const timelineInputSchema = z.object({ orderId: z.uuid('Order id must be a UUID') });

/** One event of the order's stream, with its whole envelope, as the event store holds it. */
export const timelineEventSchema = z.object({
  eventId: z.uuid(),
  type: z.string(),
  /** The payload's version as stored; the payload is shown upcast to the current shape. */
  schemaVersion: z.number().int(),
  streamVersion: z.number().int().positive(),
  /** Its place in the log, `"<xid>:<position>"`. */
  position: z.string(),
  recordedAt: z.date(),
  actor: z.string(),
  correlationId: z.uuid(),
  causationId: z.uuid(),
  /** The stream version of the event in this timeline that caused this one, when there is one. */
  causedBy: z.number().int().positive().nullable(),
  payload: z.json(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

const lineSchema = z.object({
  productId: z.uuid(),
  name: z.string(),
  quantity: z.number().int(),
  unitPrice: moneyViewSchema,
  lineTotal: moneyViewSchema,
});

export const orderTimelineSchema = z.object({
  orderId: z.uuid(),
  placedAt: z.date(),
  customer: z
    .object({ customerId: z.uuid(), email: z.string().nullable(), name: z.string().nullable() })
    .nullable(),
  lines: z.array(lineSchema),
  shippingAddress: recordedAddressSchema,
  events: z.array(timelineEventSchema),
  /** The state after the last event. */
  current: orderStateViewSchema,
  actions: orderActionsSchema,
});
export type OrderTimeline = z.infer<typeof orderTimelineSchema>;

/** Null when the event store holds no such order. */
export const timelineOutputSchema = orderTimelineSchema.nullable();
