import { inventoryEventCodec } from '../inventory/inventory.events';
import { orderEventCodec } from '../order/order.events';
import type { RecordedEvent } from '../shared/envelope';
import {
  reservationEventTypes,
  type ReservationEvent,
  type SagaEvent,
  type SagaInput,
} from './fulfillment.inputs';

const orderTypes = new Set<string>(
  orderEventCodec.definitions.map((definition) => definition.type),
);
const reservationTypes = new Set<string>(reservationEventTypes);

/** Whether the saga reads events of this type: every order event, and reservation outcomes. */
export const isSagaEventType = (type: string): boolean =>
  orderTypes.has(type) || reservationTypes.has(type);

function decode(recorded: RecordedEvent): SagaEvent | null {
  if (orderTypes.has(recorded.type)) return orderEventCodec.parse(recorded);
  if (!reservationTypes.has(recorded.type)) return null;
  return inventoryEventCodec.parse(recorded) as ReservationEvent;
}

/**
 * The saga's input for a recorded event, and the order whose saga it goes to; null for an event
 * the saga does not read. Throws UndecodableEvent for a payload that cannot be read.
 */
export function sagaInputOf(
  recorded: RecordedEvent,
): { readonly orderId: string; readonly input: SagaInput } | null {
  const event = decode(recorded);
  if (!event) return null;
  return {
    orderId: event.data.orderId,
    input: {
      source: 'event',
      eventId: recorded.eventId,
      correlationId: recorded.metadata.correlationId,
      at: recorded.recordedAt.toISOString(),
      event,
    },
  };
}
