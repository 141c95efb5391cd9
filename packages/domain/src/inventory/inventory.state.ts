/** How a reservation request ended, once it no longer holds stock. */
export type SettledReservation = 'Rejected' | 'Released' | 'Committed';

/**
 * Stock has no lifecycle (a product never received simply has nothing on hand), so the state is
 * one shape rather than a status union. `reserved` holds the live reservations by order id;
 * `settled` remembers how every other request for an order ended, so that a saga's repeated or
 * late command is recognised instead of reserving or releasing twice.
 */
export interface InventoryState {
  readonly onHand: number;
  readonly reserved: Readonly<Record<string, number>>;
  readonly settled: Readonly<Record<string, SettledReservation>>;
}

export const initialInventoryState: InventoryState = { onHand: 0, reserved: {}, settled: {} };

export const reservedTotal = (state: InventoryState): number =>
  Object.values(state.reserved).reduce((sum, quantity) => sum + quantity, 0);

/** What can still be promised to an order: on hand minus reserved, never negative. */
export const availableStock = (state: InventoryState): number =>
  state.onHand - reservedTotal(state);

export const heldFor = (state: InventoryState, orderId: string): number | undefined =>
  Object.hasOwn(state.reserved, orderId) ? state.reserved[orderId] : undefined;

export const settledFor = (
  state: InventoryState,
  orderId: string,
): SettledReservation | undefined =>
  Object.hasOwn(state.settled, orderId) ? state.settled[orderId] : undefined;
