import { assertNever, type InventoryEvent } from '@shop/domain';

/** A product's stock as the inventory stream tells it. */
export interface StockLevel {
  readonly onHand: number;
  readonly reserved: number;
}

export const noStock: StockLevel = { onHand: 0, reserved: 0 };

/** What can still be promised; a count below the reservations shows as none, not as negative. */
export const availableOf = ({ onHand, reserved }: StockLevel): number =>
  Math.max(0, onHand - reserved);

/** Mirrors the inventory aggregate's totals (reservations summed, not kept per order). */
export function evolveStockLevel(level: StockLevel, event: InventoryEvent): StockLevel {
  switch (event.type) {
    case 'StockReceived':
      return { ...level, onHand: level.onHand + event.data.quantity };
    case 'StockReserved':
      return { ...level, reserved: level.reserved + event.data.quantity };
    case 'StockReservationRejected':
      return level;
    case 'ReservationReleased':
      return { ...level, reserved: level.reserved - event.data.quantity };
    case 'ReservationCommitted':
      return {
        onHand: level.onHand - event.data.quantity,
        reserved: level.reserved - event.data.quantity,
      };
    case 'StockAdjusted':
      return { ...level, onHand: event.data.countedOnHand };
    default:
      return assertNever(event);
  }
}
