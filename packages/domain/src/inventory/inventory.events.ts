import { z } from 'zod';
import { eventCodec, type EventOf } from '../shared/event-codec';
import { defineEvent } from '../shared/event-definition';

// Shape only, as every stored payload: business rules live in the commands.
const productId = z.uuid();
const orderId = z.uuid();
const count = z.number().int().nonnegative();
const positiveCount = z.number().int().positive();

export const stockReceived = defineEvent(
  'StockReceived',
  z.object({ productId, quantity: positiveCount }),
);

export const stockReserved = defineEvent(
  'StockReserved',
  z.object({ productId, orderId, quantity: positiveCount }),
);

/**
 * A reservation that could not be met is a recorded fact, not only an error for the caller: the
 * order saga reacts to the log (at-least-once, possibly long after the command ran), so the answer
 * must be durable and the same on every redelivery; a repeated ReserveStock for the order finds it
 * and changes nothing. It is also demand the shop failed to meet, worth reporting on.
 */
export const stockReservationRejected = defineEvent(
  'StockReservationRejected',
  z.object({ productId, orderId, quantity: positiveCount, available: count }),
);

export const reservationReleased = defineEvent(
  'ReservationReleased',
  z.object({ productId, orderId, quantity: positiveCount }),
);

/** The reserved units left the warehouse: they leave on-hand stock with the reservation. */
export const reservationCommitted = defineEvent(
  'ReservationCommitted',
  z.object({ productId, orderId, quantity: positiveCount }),
);

/** A count replaced the books: `countedOnHand` is the new on-hand quantity. */
export const stockAdjusted = defineEvent(
  'StockAdjusted',
  z.object({ productId, previousOnHand: count, countedOnHand: count, reason: z.string() }),
);

export const inventoryEventCodec = eventCodec([
  stockReceived,
  stockReserved,
  stockReservationRejected,
  reservationReleased,
  reservationCommitted,
  stockAdjusted,
]);

export type StockReceived = EventOf<typeof stockReceived>;
export type StockReserved = EventOf<typeof stockReserved>;
export type StockReservationRejected = EventOf<typeof stockReservationRejected>;
export type ReservationReleased = EventOf<typeof reservationReleased>;
export type ReservationCommitted = EventOf<typeof reservationCommitted>;
export type StockAdjusted = EventOf<typeof stockAdjusted>;
export type InventoryEvent =
  | StockReceived
  | StockReserved
  | StockReservationRejected
  | ReservationReleased
  | ReservationCommitted
  | StockAdjusted;
