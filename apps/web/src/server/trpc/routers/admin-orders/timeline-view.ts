import { formatLogPosition, type OrderPlaced } from '@shop/domain';
import type { OrderHistory } from './order-history';
import { orderActions } from './order-actions';
import { moneyView, orderStateView } from './order-state-view';
import type { OrderTimeline, TimelineEvent } from './timeline.types';

type CustomerLabel = { readonly email: string; readonly name: string } | null;

/** The order's page from its history: null when the stream holds no placed order. */
export function orderTimeline(
  history: OrderHistory,
  customer: CustomerLabel,
): OrderTimeline | null {
  const placed = history.events.find((event) => event.type === 'OrderPlaced');
  if (placed?.type !== 'OrderPlaced') return null;
  const { orderId, customerId, lines, shippingAddress, placedAt } = placed.data;
  return {
    orderId,
    placedAt: new Date(placedAt),
    customer:
      customerId === null
        ? null
        : { customerId, email: customer?.email ?? null, name: customer?.name ?? null },
    lines: lines.map(lineView),
    shippingAddress,
    events: timelineEvents(history.events),
    current: orderStateView(history.state),
    actions: orderActions(history.state),
  };
}

function lineView({ productId, name, quantity, unitPrice }: OrderPlaced['data']['lines'][number]) {
  const lineTotal = { ...unitPrice, amountMinor: unitPrice.amountMinor * quantity };
  return {
    productId,
    name,
    quantity,
    unitPrice: moneyView(unitPrice),
    lineTotal: moneyView(lineTotal),
  };
}

/** Each event with its envelope, linked to the event of this stream that caused it, if any. */
export function timelineEvents(events: OrderHistory['events']): TimelineEvent[] {
  const versionOf = new Map(events.map((event) => [event.eventId, event.streamVersion]));
  return events.map((event) => ({
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    streamVersion: event.streamVersion,
    position: formatLogPosition(event),
    recordedAt: event.recordedAt,
    actor: event.metadata.actor,
    correlationId: event.metadata.correlationId,
    causationId: event.metadata.causationId,
    causedBy: versionOf.get(event.metadata.causationId) ?? null,
    payload: event.data,
  }));
}
