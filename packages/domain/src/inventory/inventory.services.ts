import { commandServices } from '../application/command-service';
import { inventoryAggregate, inventoryStreamId } from './inventory.aggregate';
import { reservationRefSchema, reserveStockDataSchema } from './inventory.commands';
import { adjustStockInputSchema, receiveStockInputSchema } from './inventory.inputs';

const inventoryService = commandServices(inventoryAggregate, (command) =>
  inventoryStreamId(command.data.productId),
);

/** Goods arrived: on-hand stock grows. */
export const receiveStock = inventoryService(receiveStockInputSchema, (data) => ({
  type: 'ReceiveStock',
  data,
}));

/** For the order saga: hold stock for one order line, or record why it cannot be held. */
export const reserveStock = inventoryService(reserveStockDataSchema, (data) => ({
  type: 'ReserveStock',
  data,
}));

/** For the order saga's compensation: give an order's held stock back. */
export const releaseReservation = inventoryService(reservationRefSchema, (data) => ({
  type: 'ReleaseReservation',
  data,
}));

/** On shipment: the held stock leaves the warehouse. */
export const commitReservation = inventoryService(reservationRefSchema, (data) => ({
  type: 'CommitReservation',
  data,
}));

/** After a count: the counted quantity becomes the on-hand stock. */
export const adjustStock = inventoryService(adjustStockInputSchema, (data) => ({
  type: 'AdjustStock',
  data,
}));
