import { formatLogPosition } from '@shop/domain';
import type { BatchItem } from './batch-item';

/** The fields a log line about one item carries, correlationId first among them. */
export function describeItem(item: BatchItem | null): Record<string, unknown> {
  if (item === null) return {};
  if (item.kind === 'foreign') return { seq: item.sequence };
  if (item.kind === 'undecodable') {
    return {
      correlationId: item.correlationId,
      streamId: item.streamId,
      seq: item.sequence,
      undecodable: true,
    };
  }
  const { event } = item;
  return {
    correlationId: event.metadata.correlationId,
    eventId: event.eventId,
    type: event.type,
    streamId: event.streamId,
    position: formatLogPosition(event),
    seq: item.sequence,
  };
}
