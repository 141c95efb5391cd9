export {
  inventoryAggregate,
  inventoryStreamCategory,
  inventoryStreamId,
} from './inventory.aggregate';
export {
  adjustStock,
  commitReservation,
  receiveStock,
  releaseReservation,
  reserveStock,
} from './inventory.services';
export * from './inventory.commands';
export * from './inventory.inputs';
export { maxStockQuantity } from './inventory.fields';
export {
  inventoryEventCodec,
  reservationCommitted,
  reservationReleased,
  stockAdjusted,
  stockReceived,
  stockReservationRejected,
  stockReserved,
} from './inventory.events';
export type {
  InventoryEvent,
  ReservationCommitted,
  ReservationReleased,
  StockAdjusted,
  StockReceived,
  StockReservationRejected,
  StockReserved,
} from './inventory.events';
export { availableStock, reservedTotal } from './inventory.state';
export type { InventoryState, SettledReservation } from './inventory.state';
export type { InventoryError } from './inventory.errors';
