import type { PubAck } from '@nats-io/jetstream';
import type { Logger } from 'pino';
import type { RecordedEvent } from '../shared/envelope';
import { formatLogPosition } from '../shared/log-position';

const loggedCorrelationIds = 50;

/** One info line per acked batch, naming its correlation ids so a command can be followed. */
export function logPublished(
  log: Logger,
  events: readonly RecordedEvent[],
  acks: readonly PubAck[],
): void {
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) return;
  if (log.isLevelEnabled('debug')) {
    events.forEach((event, index) => {
      if (acks[index]?.duplicate) {
        log.debug(
          { correlationId: event.metadata.correlationId, eventId: event.eventId },
          'JetStream already had this event',
        );
      }
    });
  }
  const correlationIds = [...new Set(events.map((event) => event.metadata.correlationId))];
  log.info(
    {
      count: events.length,
      duplicates: acks.filter((ack) => ack.duplicate).length,
      first: formatLogPosition(first),
      last: formatLogPosition(last),
      correlationIds: correlationIds.slice(0, loggedCorrelationIds),
      moreCorrelationIds: Math.max(0, correlationIds.length - loggedCorrelationIds),
    },
    'events published',
  );
}
