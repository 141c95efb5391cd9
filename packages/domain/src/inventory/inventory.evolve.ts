import { assertNever } from '../shared/decider';
import type { InventoryEvent } from './inventory.events';
import type { InventoryState, SettledReservation } from './inventory.state';

function settle(
  state: InventoryState,
  orderId: string,
  outcome: SettledReservation,
  onHand = state.onHand,
): InventoryState {
  const reserved = Object.fromEntries(
    Object.entries(state.reserved).filter(([id]) => id !== orderId),
  );
  return { onHand, reserved, settled: { ...state.settled, [orderId]: outcome } };
}

export function evolveInventory(state: InventoryState, event: InventoryEvent): InventoryState {
  switch (event.type) {
    case 'StockReceived':
      return { ...state, onHand: state.onHand + event.data.quantity };
    case 'StockReserved':
      return {
        ...state,
        reserved: { ...state.reserved, [event.data.orderId]: event.data.quantity },
      };
    case 'StockReservationRejected':
      return settle(state, event.data.orderId, 'Rejected');
    case 'ReservationReleased':
      return settle(state, event.data.orderId, 'Released');
    case 'ReservationCommitted':
      return settle(state, event.data.orderId, 'Committed', state.onHand - event.data.quantity);
    case 'StockAdjusted':
      return { ...state, onHand: event.data.countedOnHand };
    default:
      return assertNever(event);
  }
}
