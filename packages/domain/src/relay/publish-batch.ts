import type { JetStreamClient, PubAck } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import { toWire, type RecordedEvent } from '../shared/envelope';
import { eventSubject } from './subjects';

export const correlationIdHeader = 'Shop-Correlation-Id';

export interface PublishTarget {
  readonly subjectPrefix: string;
  readonly partitionCount: number;
}

export interface BatchOutcome {
  /** Acks for the longest prefix of the batch that JetStream stored (or already had). */
  readonly acks: readonly PubAck[];
  /** Why the event after that prefix was not acknowledged; absent when the whole batch was. */
  readonly error?: Error;
}

function publishEvent(
  js: JetStreamClient,
  target: PublishTarget,
  event: RecordedEvent,
  previous: RecordedEvent | undefined,
): Promise<PubAck> {
  const messageHeaders = headers();
  messageHeaders.set(correlationIdHeader, event.metadata.correlationId);
  const subject = eventSubject(target.subjectPrefix, event.streamId, target.partitionCount);
  return js.publish(subject, toWire(event), {
    // JetStream drops a repeated Nats-Msg-Id within the duplicate window: a retry is harmless.
    msgID: event.eventId,
    headers: messageHeaders,
    // Publishes are pipelined. If one is refused, the server refuses every later one too (their
    // predecessor is not the last message), so nothing lands out of log order.
    ...(previous ? { expect: { lastMsgID: previous.eventId } } : {}),
  });
}

async function settle(
  publishes: readonly Promise<PubAck>[],
  refused?: Error,
): Promise<BatchOutcome> {
  const settled = await Promise.allSettled(publishes);
  const acks: PubAck[] = [];
  for (const result of settled) {
    if (result.status === 'rejected') {
      const { reason } = result;
      return { acks, error: reason instanceof Error ? reason : new Error(String(reason)) };
    }
    acks.push(result.value);
  }
  return refused ? { acks, error: refused } : { acks };
}

/**
 * Sends the whole batch at once, before any ack; one connection keeps the send order. `previous`
 * is the event sent just before the batch (the previous batch's last, possibly still unacked):
 * the expectation chain then spans batches. JetStream checks duplicates before expectations, so
 * a batch retried from the checkpoint is acked as duplicates up to the gap.
 */
export function publishBatch(
  js: JetStreamClient,
  target: PublishTarget,
  batch: readonly RecordedEvent[],
  previous?: RecordedEvent,
): Promise<BatchOutcome> {
  const publishes: Promise<PubAck>[] = [];
  let before = previous;
  for (const event of batch) {
    try {
      publishes.push(publishEvent(js, target, event, before));
    } catch (error) {
      // An event that cannot be sent (e.g. its stream id cannot be a subject) ends the batch:
      // the server would refuse every later one anyway.
      return settle(publishes, error instanceof Error ? error : new Error(String(error)));
    }
    before = event;
  }
  return settle(publishes);
}
