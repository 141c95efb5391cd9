import { assertNever } from '../shared/decider';
import { err, ok } from '../shared/result';
import type {
  CancelOrder,
  ConfirmOrder,
  DeliverOrder,
  MarkPaymentAuthorized,
  MarkPaymentDeclined,
  MarkStockReservationFailed,
  MarkStockReserved,
  OrderCommand,
  PlaceOrder,
  ShipOrder,
} from './order.commands';
import { orderAlreadyPlaced, paymentAmountMismatch } from './order.errors';
import { markPaymentCaptured, markPaymentVoided } from './order.payment';
import { refundOrder } from './order.refund';
import { paymentOf, type OrderState } from './order.state';
import { step, unchanged, type Decision } from './order.step';

/** Placing the same cart's order again (a retried checkout) changes nothing. */
function placeOrder({ data }: PlaceOrder, state: OrderState): Decision {
  if (state.status === 'Unplaced') return ok([{ type: 'OrderPlaced', data }]);
  return state.cartId === data.cartId ? unchanged : err(orderAlreadyPlaced(data.orderId));
}

// Once reserved, a later status still means "stock reserved"; a cancelled order's stock is the
// saga's to release, so telling it the order is cancelled is the useful answer.
const markStockReserved = (command: MarkStockReserved, state: OrderState): Decision =>
  step(
    state,
    command,
    { from: ['Placed'], done: ['StockReserved', 'Paid', 'Confirmed', 'Shipped', 'Delivered'] },
    () => ok([{ type: 'OrderStockReserved', data: command.data }]),
  );

/** The failure is recorded, and the order cancelled with it in the same append. */
const markStockReservationFailed = (command: MarkStockReservationFailed, state: OrderState) =>
  step(state, command, { from: ['Placed'], done: ['Cancelled'] }, () =>
    ok([
      { type: 'OrderStockReservationFailed', data: command.data },
      {
        type: 'OrderCancelled',
        data: { ...command.data, reason: `Stock could not be reserved: ${command.data.reason}` },
      },
    ]),
  );

/** The authorization must cover the order exactly; the same payment again changes nothing. */
function markPaymentAuthorized(command: MarkPaymentAuthorized, state: OrderState): Decision {
  const { data } = command;
  if (state.status !== 'Unplaced' && paymentOf(state)?.paymentId === data.paymentId) {
    return unchanged;
  }
  return step(state, command, { from: ['StockReserved'] }, (order) => {
    const { total } = order;
    if (total.currency !== data.amount.currency || total.amountMinor !== data.amount.amountMinor) {
      return err(paymentAmountMismatch(data.orderId, total, data.amount));
    }
    return ok([{ type: 'OrderPaymentAuthorized', data }]);
  });
}

const markPaymentDeclined = (command: MarkPaymentDeclined, state: OrderState): Decision =>
  step(state, command, { from: ['StockReserved'], done: ['Cancelled'] }, () =>
    ok([
      { type: 'OrderPaymentDeclined', data: command.data },
      {
        type: 'OrderCancelled',
        data: { ...command.data, reason: `Payment declined: ${command.data.reason}` },
      },
    ]),
  );

const confirmOrder = (command: ConfirmOrder, state: OrderState): Decision =>
  step(state, command, { from: ['Paid'], done: ['Confirmed', 'Shipped', 'Delivered'] }, () =>
    ok([{ type: 'OrderConfirmed', data: command.data }]),
  );

/** The same shipment again changes nothing; another one for a shipped order is refused. */
function shipOrder(command: ShipOrder, state: OrderState): Decision {
  const { carrier, trackingNumber } = command.data;
  if (
    (state.status === 'Shipped' || state.status === 'Delivered') &&
    state.shipment.carrier === carrier &&
    state.shipment.trackingNumber === trackingNumber
  ) {
    return unchanged;
  }
  return step(state, command, { from: ['Confirmed'] }, () =>
    ok([{ type: 'OrderShipped', data: command.data }]),
  );
}

const deliverOrder = (command: DeliverOrder, state: OrderState): Decision =>
  step(state, command, { from: ['Shipped'], done: ['Delivered'] }, () =>
    ok([{ type: 'OrderDelivered', data: command.data }]),
  );

/** Until it ships; a paid order keeps its payment, for the refund that follows. */
const cancelOrder = (command: CancelOrder, state: OrderState): Decision =>
  step(
    state,
    command,
    { from: ['Placed', 'StockReserved', 'Paid', 'Confirmed'], done: ['Cancelled'] },
    () => ok([{ type: 'OrderCancelled', data: command.data }]),
  );

export function decideOrder(command: OrderCommand, state: OrderState): Decision {
  switch (command.type) {
    case 'PlaceOrder':
      return placeOrder(command, state);
    case 'MarkStockReserved':
      return markStockReserved(command, state);
    case 'MarkStockReservationFailed':
      return markStockReservationFailed(command, state);
    case 'MarkPaymentAuthorized':
      return markPaymentAuthorized(command, state);
    case 'MarkPaymentDeclined':
      return markPaymentDeclined(command, state);
    case 'MarkPaymentCaptured':
      return markPaymentCaptured(command, state);
    case 'MarkPaymentVoided':
      return markPaymentVoided(command, state);
    case 'ConfirmOrder':
      return confirmOrder(command, state);
    case 'ShipOrder':
      return shipOrder(command, state);
    case 'DeliverOrder':
      return deliverOrder(command, state);
    case 'CancelOrder':
      return cancelOrder(command, state);
    case 'RefundOrder':
      return refundOrder(command, state);
    default:
      return assertNever(command);
  }
}
