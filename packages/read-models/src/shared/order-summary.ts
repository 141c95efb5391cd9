import {
  orderEventCodec,
  orderStreamCategory,
  type Money,
  type OrderEvent,
  type OrderPlaced,
  type RecordedEvent,
} from '@shop/domain';
import { placedProgress, requirePlaced, type OrderProgress } from './order-progress';
import type { StreamRowSpec } from './stream-row';

/** What every order list shows of an order, from its OrderPlaced and its progress since. */
export interface OrderSummary extends OrderProgress {
  readonly orderId: string;
  /** Null for a guest's order. */
  readonly customerId: string | null;
  readonly total: Money;
  readonly itemCount: number;
  readonly placedAt: Date;
}

export const orderEventTypes = orderEventCodec.definitions.map((definition) => definition.type);

/** The summary an order starts with; anything but OrderPlaced first is refused. */
export function placedSummary(
  event: OrderEvent,
  recorded: RecordedEvent,
): {
  summary: OrderSummary;
  placed: OrderPlaced['data'];
} {
  const { data } = requirePlaced(event, recorded);
  const summary = {
    ...placedProgress,
    orderId: data.orderId,
    customerId: data.customerId,
    total: data.total,
    itemCount: data.lines.reduce((count, line) => count + line.quantity, 0),
    placedAt: new Date(data.placedAt),
  };
  return { summary, placed: data };
}

/** The parts of a one-row-per-order spec every order read model shares. */
export const orderStreamSpec = {
  category: orderStreamCategory,
  codec: orderEventCodec,
  idInData: (event: OrderEvent) => event.data.orderId,
} satisfies Partial<StreamRowSpec<never, OrderEvent>>;
