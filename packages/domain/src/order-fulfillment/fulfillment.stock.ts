import type { OrderPlaced } from '../order/order.events';
import { lineChangedWhileCancelled } from './fulfillment.compensation';
import type { ReservationEvent } from './fulfillment.inputs';
import { reaction, type Reaction } from './fulfillment.reaction';
import { completeIfDone } from './fulfillment.shipping';
import type { ActiveSaga, LineStock, OrderSagaState, SagaLine } from './fulfillment.state';
import { orderCommand, reasonOf, reserve } from './fulfillment.steps';

/** The saga starts: one reservation per product, all asked for at once. */
export function orderPlaced(
  state: OrderSagaState,
  { data }: OrderPlaced,
  correlationId: string,
): Reaction {
  if (state.status !== 'New') return reaction(state);
  const lines = new Map<string, SagaLine>();
  for (const { productId, name, quantity } of data.lines) {
    const held = lines.get(productId);
    lines.set(productId, {
      productId,
      name,
      quantity: (held?.quantity ?? 0) + quantity,
      stock: 'requested',
      problem: null,
    });
  }
  const saga: ActiveSaga = {
    status: 'Reserving',
    order: { orderId: data.orderId, correlationId, total: data.total },
    lines: [...lines.values()],
    payment: { status: 'none' },
  };
  return reaction(
    saga,
    saga.lines.map((line) => reserve(saga, line)),
  );
}

/*
 * A line only moves forward, so a late or repeated event never undoes what the saga knows. A
 * reservation the saga gave up on ('failed') can still turn out to exist: the log is the truth.
 */
const moves: Record<ReservationEvent['type'], { from: readonly LineStock[]; to: LineStock }> = {
  StockReserved: { from: ['requested', 'failed'], to: 'reserved' },
  StockReservationRejected: { from: ['requested', 'failed'], to: 'rejected' },
  ReservationReleased: { from: ['reserved'], to: 'released' },
  ReservationCommitted: { from: ['reserved'], to: 'committed' },
};

const problemOf = (event: ReservationEvent, line: SagaLine): string | null =>
  event.type === 'StockReservationRejected'
    ? `${line.name}: only ${event.data.available} left, ${line.quantity} ordered`
    : line.problem;

export function reservationOutcome(state: OrderSagaState, event: ReservationEvent): Reaction {
  if (state.status === 'New' || state.order.orderId !== event.data.orderId) return reaction(state);
  const { from, to } = moves[event.type];
  return moveLine(state, event.data.productId, from, to, (line) => problemOf(event, line));
}

/** A reservation that could not be made at all (refused, or out of retries). */
export const reservationFailed = (
  state: OrderSagaState,
  productId: string,
  reason: string,
): Reaction =>
  state.status === 'New'
    ? reaction(state)
    : moveLine(state, productId, ['requested'], 'failed', (line) => `${line.name}: ${reason}`);

function moveLine(
  saga: ActiveSaga,
  productId: string,
  from: readonly LineStock[],
  to: LineStock,
  problem: (line: SagaLine) => string | null,
): Reaction {
  const line = saga.lines.find((candidate) => candidate.productId === productId);
  if (!line || !from.includes(line.stock)) return reaction(saga);
  const moved = { ...line, stock: to, problem: problem(line) };
  const lines = saga.lines.map((candidate) => (candidate === line ? moved : candidate));
  return afterLineMoved({ ...saga, lines }, moved);
}

function afterLineMoved(saga: ActiveSaga, line: SagaLine): Reaction {
  switch (saga.status) {
    case 'Reserving':
      return reservationsSettled(saga);
    case 'Compensating':
    case 'Cancelled':
      return lineChangedWhileCancelled(saga, line);
    case 'Fulfilling':
      return completeIfDone(saga);
    default:
      return reaction(saga);
  }
}

/** Once every line has its answer, the order hears the verdict; the order's event moves the saga on. */
function reservationsSettled(saga: ActiveSaga): Reaction {
  if (saga.lines.some((line) => line.stock === 'requested')) return reaction(saga);
  const { orderId } = saga.order;
  const short = saga.lines.filter((line) => line.stock !== 'reserved');
  if (short.length === 0) {
    return reaction(saga, [
      orderCommand(saga, 'mark-stock-reserved', { type: 'MarkStockReserved', data: { orderId } }),
    ]);
  }
  const reason = reasonOf(
    short.map((line) => line.problem ?? `${line.name}: not reserved`).join('; '),
  );
  return reaction(saga, [
    orderCommand(saga, 'mark-stock-failed', {
      type: 'MarkStockReservationFailed',
      data: { orderId, reason },
    }),
  ]);
}
