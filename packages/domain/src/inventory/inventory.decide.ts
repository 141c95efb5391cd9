import { assertNever } from '../shared/decider';
import { err, ok, type Result } from '../shared/result';
import type {
  AdjustStock,
  CommitReservation,
  InventoryCommand,
  ReceiveStock,
  ReleaseReservation,
  ReserveStock,
} from './inventory.commands';
import {
  countBelowReserved,
  reservationAlreadySettled,
  reservationNotFound,
  reservationQuantityMismatch,
  type InventoryError,
} from './inventory.errors';
import type { InventoryEvent } from './inventory.events';
import {
  availableStock,
  heldFor,
  reservedTotal,
  settledFor,
  type InventoryState,
  type SettledReservation,
} from './inventory.state';

type Decision = Result<readonly InventoryEvent[], InventoryError>;

/** The outcome asked for already holds: succeed with nothing to record (sagas redeliver). */
const unchanged: Decision = ok([]);

const receiveStock = ({ data }: ReceiveStock): Decision => ok([{ type: 'StockReceived', data }]);

/**
 * One reservation per order and product, decided once: the same request again changes nothing,
 * a rejected one stays rejected (the saga has cancelled that order by then), and a released or
 * committed one is never re-opened by a late duplicate.
 */
function reserveStock({ data }: ReserveStock, state: InventoryState): Decision {
  const held = heldFor(state, data.orderId);
  if (held !== undefined) {
    return held === data.quantity
      ? unchanged
      : err(reservationQuantityMismatch(data.orderId, held, data.quantity));
  }
  const settled = settledFor(state, data.orderId);
  if (settled === 'Rejected') return unchanged;
  if (settled) return err(reservationAlreadySettled(data.orderId, settled));
  const available = availableStock(state);
  if (available < data.quantity) {
    return ok([{ type: 'StockReservationRejected', data: { ...data, available } }]);
  }
  return ok([{ type: 'StockReserved', data }]);
}

/**
 * Release and commit end a held reservation. Repeating the same ending is a no-op; the other
 * ending is a typed error (shipped stock cannot be released, released stock cannot ship), and so
 * is an order that never asked: that is a saga bug worth seeing, not something to paper over.
 */
function settleReservation(
  state: InventoryState,
  { productId, orderId }: ReleaseReservation['data'],
  outcome: Exclude<SettledReservation, 'Rejected'>,
  alsoDone: readonly SettledReservation[],
): Decision {
  const quantity = heldFor(state, orderId);
  if (quantity !== undefined) {
    const type = outcome === 'Released' ? 'ReservationReleased' : 'ReservationCommitted';
    return ok([{ type, data: { productId, orderId, quantity } }]);
  }
  const settled = settledFor(state, orderId);
  if (!settled) return err(reservationNotFound(orderId));
  return settled === outcome || alsoDone.includes(settled)
    ? unchanged
    : err(reservationAlreadySettled(orderId, settled));
}

// A rejected request held nothing, so "release it" already holds: compensation may release every
// line of a failed order without first asking which lines were rejected.
const releaseReservation = ({ data }: ReleaseReservation, state: InventoryState): Decision =>
  settleReservation(state, data, 'Released', ['Rejected']);

const commitReservation = ({ data }: CommitReservation, state: InventoryState): Decision =>
  settleReservation(state, data, 'Committed', []);

/**
 * A count is absolute, so repeating it is naturally idempotent. A count below what is reserved is
 * refused rather than recorded: available stock would go negative, i.e. orders would hold
 * promises the warehouse cannot keep. The admin cancels or releases those first.
 */
function adjustStock({ data }: AdjustStock, state: InventoryState): Decision {
  const reserved = reservedTotal(state);
  if (data.countedOnHand < reserved) return err(countBelowReserved(data.countedOnHand, reserved));
  if (data.countedOnHand === state.onHand) return unchanged;
  return ok([{ type: 'StockAdjusted', data: { ...data, previousOnHand: state.onHand } }]);
}

export function decideInventory(command: InventoryCommand, state: InventoryState): Decision {
  switch (command.type) {
    case 'ReceiveStock':
      return receiveStock(command);
    case 'ReserveStock':
      return reserveStock(command, state);
    case 'ReleaseReservation':
      return releaseReservation(command, state);
    case 'CommitReservation':
      return commitReservation(command, state);
    case 'AdjustStock':
      return adjustStock(command, state);
    default:
      return assertNever(command);
  }
}
