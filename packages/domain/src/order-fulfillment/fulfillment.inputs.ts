import { z } from 'zod';
import type { InventoryEvent } from '../inventory/inventory.events';
import type { OrderEvent } from '../order/order.events';
import { moneySchema } from '../shared/money';
import { sagaActionSchema } from './fulfillment.actions';

/** The inventory events about an order's reservations; the saga reads no other inventory event. */
export type ReservationEvent = Extract<
  InventoryEvent,
  {
    type:
      'StockReserved' | 'StockReservationRejected' | 'ReservationReleased' | 'ReservationCommitted';
  }
>;
export type SagaEvent = OrderEvent | ReservationEvent;

export const reservationEventTypes: readonly ReservationEvent['type'][] = [
  'StockReserved',
  'StockReservationRejected',
  'ReservationReleased',
  'ReservationCommitted',
];

/** What the runner learnt executing an action, fed back in the transaction that marks it done. */
export const sagaFeedbackSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('PaymentAuthorized'), paymentId: z.string().min(1) }),
  z.object({ type: z.literal('PaymentDeclined'), reason: z.string() }),
  z.object({ type: z.literal('PaymentCaptured'), paymentId: z.string().min(1) }),
  /** `paymentId`: the authorization the provider voided, null when none had been made. */
  z.object({ type: z.literal('PaymentVoided'), paymentId: z.string().min(1).nullable() }),
  z.object({ type: z.literal('PaymentRefunded'), refundId: z.uuid(), amount: moneySchema }),
  z.object({ type: z.literal('TimeoutElapsed'), timeout: z.literal('payment') }),
  /** Failed for good: refused, or out of retries. */
  z.object({ type: z.literal('ActionFailed'), action: sagaActionSchema, reason: z.string() }),
]);
export type SagaFeedback = z.infer<typeof sagaFeedbackSchema>;

/**
 * One input to react. Time arrives with it (`at`), never from a clock inside the saga. Commands the
 * saga sends name `causationId` as their cause: the event itself, or for feedback the event that
 * caused the action, so that a timeline follows the chain from event to event.
 */
export type SagaInput =
  | {
      readonly source: 'event';
      readonly eventId: string;
      readonly correlationId: string;
      readonly at: string;
      readonly event: SagaEvent;
    }
  | {
      readonly source: 'feedback';
      readonly causationId: string;
      readonly at: string;
      readonly feedback: SagaFeedback;
    };

export const causationOf = (input: SagaInput): string =>
  input.source === 'event' ? input.eventId : input.causationId;
