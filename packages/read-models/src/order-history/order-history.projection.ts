import type { OrderEvent, OrderStatus, RecordedEvent } from '@shop/domain';
import {
  placedProgress,
  progressAfter,
  requirePlaced,
  type OrderProgress,
} from '../shared/order-progress';
import { orderStreamSpec } from '../shared/order-summary';
import { streamRowEvolver, type StreamRow } from '../shared/stream-row';

/** One change of an order's status: when, by which event, who asked, in which correlation. */
export interface StatusChange {
  readonly streamVersion: number;
  readonly eventId: string;
  readonly eventType: string;
  readonly fromStatus: OrderStatus | null;
  readonly toStatus: OrderStatus;
  readonly occurredAt: Date;
  readonly actor: string;
  readonly correlationId: string;
}

/** Where an order stands (to tell whether the next event changes it) and how it got there. */
export interface OrderHistoryRow extends OrderProgress, StreamRow {
  readonly orderId: string;
  readonly changes: readonly StatusChange[];
}

type Fields = Omit<OrderHistoryRow, keyof StreamRow>;

const changeBy = (
  recorded: RecordedEvent,
  fromStatus: OrderStatus | null,
  toStatus: OrderStatus,
): StatusChange => ({
  streamVersion: recorded.streamVersion,
  eventId: recorded.eventId,
  eventType: recorded.type,
  fromStatus,
  toStatus,
  occurredAt: recorded.recordedAt,
  actor: recorded.metadata.actor,
  correlationId: recorded.metadata.correlationId,
});

function historyAfter(history: Fields, event: OrderEvent, recorded: RecordedEvent): Fields {
  const next = progressAfter(history, event);
  if (next.status === history.status) return next;
  return {
    ...next,
    changes: [...history.changes, changeBy(recorded, history.status, next.status)],
  };
}

/** Pure; events that leave the status as it was (a partial refund, a capture) add no change. */
export const evolveOrderHistory = streamRowEvolver<OrderHistoryRow, OrderEvent>({
  ...orderStreamSpec,
  create(orderId, event, recorded) {
    requirePlaced(event, recorded);
    return { orderId, ...placedProgress, changes: [changeBy(recorded, null, 'Placed')] };
  },
  evolve: historyAfter,
});
