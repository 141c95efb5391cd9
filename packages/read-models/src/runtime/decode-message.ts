import type { JsMsg } from '@nats-io/jetstream';
import { fromWire } from '@shop/domain';
import { correlationIdHeader } from '@shop/domain/relay';
import type { BatchItem } from './batch-item';

/**
 * A message as a batch item: a recorded event, a body that is none (kept raw, for the dead letter),
 * or, read from its subject without decoding it, an event of a category the projection ignores.
 */
export function decodeMessage(msg: JsMsg, categories: ReadonlySet<string>): BatchItem {
  const sequence = msg.info.streamSequence;
  // Subjects end `.<category>.<partition>.<streamId>` (the prefix may hold dots of its own).
  const tokens = msg.subject.split('.');
  const category = tokens.at(-3);
  if (category !== undefined && !categories.has(category)) return { kind: 'foreign', sequence };
  const body = msg.string();
  try {
    return { kind: 'event', event: fromWire(body), sequence };
  } catch (error) {
    const streamId = tokens.at(-1) || null;
    const correlationId = msg.headers?.get(correlationIdHeader) || null;
    return { kind: 'undecodable', body, streamId, sequence, correlationId, error };
  }
}
