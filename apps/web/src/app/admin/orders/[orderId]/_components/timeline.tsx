import Link from 'next/link';
import type {
  OrderTimeline,
  TimelineEvent,
} from '~/server/trpc/routers/admin-orders/timeline.types';
import styles from '../../../_components/admin.module.css';
import { formatInstant } from '../../../_lib/dates';
import local from './detail.module.css';
import { orderAsOf } from './time-travel';

const short = (id: string) => id.slice(0, 8);

/** The order's events, oldest first, each with its envelope and payload as stored. */
export function Timeline({ order, at }: { order: OrderTimeline; at: number | null }) {
  const selected = at === null ? null : Math.min(at, order.events.length);
  return (
    <ol className={local.timeline} aria-label="Events">
      {order.events.map((event) => (
        <EventItem
          key={event.eventId}
          orderId={order.orderId}
          event={event}
          selected={event.streamVersion === selected}
        />
      ))}
    </ol>
  );
}

function EventItem({
  orderId,
  event,
  selected,
}: {
  orderId: string;
  event: TimelineEvent;
  selected: boolean;
}) {
  const n = event.streamVersion;
  return (
    <li
      className={local.event}
      aria-current={selected ? 'step' : undefined}
      data-testid="timeline-event"
    >
      <div className={local.eventHead}>
        <h3>
          #{n} {event.type}
        </h3>
        <time dateTime={event.recordedAt.toISOString()} className="muted">
          {formatInstant(event.recordedAt)}
        </time>
      </div>
      <dl className={local.envelope}>
        <dt>Actor</dt>
        <dd>{event.actor}</dd>
        <dt>Correlation</dt>
        <dd className={styles.mono} title={event.correlationId}>
          {short(event.correlationId)}
        </dd>
        <dt>Caused by</dt>
        <dd className={styles.mono} title={event.causationId}>
          {event.causedBy === null ? short(event.causationId) : `event #${event.causedBy}`}
        </dd>
        <dt>Position</dt>
        <dd className={styles.mono}>
          {event.position} · schema v{event.schemaVersion}
        </dd>
      </dl>
      <details className={local.payload}>
        <summary>Payload</summary>
        <pre>{JSON.stringify(event.payload, null, 2)}</pre>
      </details>
      {selected ? (
        <strong>Selected: the order as of this event is shown</strong>
      ) : (
        <Link href={orderAsOf(orderId, n)} scroll={false}>
          See the order as of event #{n}
        </Link>
      )}
    </li>
  );
}
