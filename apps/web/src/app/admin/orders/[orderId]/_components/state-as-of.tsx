'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect, useRef } from 'react';
import type { OrderStateView } from '~/server/trpc/routers/admin-orders/order-state-view';
import type { OrderTimeline } from '~/server/trpc/routers/admin-orders/timeline.types';
import { useTRPC } from '~/trpc/react';
import styles from '../../../_components/admin.module.css';
import { QueryFailed } from '../../../_components/query-failed';
import { StatusBadge } from '../../_components/status-badge';
import local from './detail.module.css';
import { orderAsOf } from './time-travel';

/**
 * Time travel: the order folded from its events up to the one picked (from the event store, as
 * the timeline), or as it is now when none is.
 */
export function StateAsOf({ order, at }: { order: OrderTimeline; at: number | null }) {
  const trpc = useTRPC();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    // In one column the panel sits above the events: bring it into view when an event is picked.
    if (at !== null && window.matchMedia('(max-width: 800px)').matches) {
      panel.current?.scrollIntoView({ block: 'start' });
    }
  }, [at]);
  const past = useQuery({
    ...trpc.adminOrders.stateAt.queryOptions({ orderId: order.orderId, version: at ?? 1 }),
    enabled: at !== null,
  });
  const last = order.events.length;
  const heading = (version: number) => {
    const event = order.events[version - 1];
    return version >= last
      ? `Now, after event #${last}`
      : `As of event #${version}${event ? `: ${event.type}` : ''}`;
  };
  let body;
  if (at === null) {
    body = <StateView heading={heading(last)} state={order.current} />;
  } else if (past.isPending) {
    body = <p className="muted">Replaying the events…</p>;
  } else if (past.isError || !past.data) {
    body = <QueryFailed what="The order’s earlier state" retry={() => void past.refetch()} />;
  } else {
    const later = last - past.data.streamVersion;
    body = (
      <>
        <StateView heading={heading(past.data.streamVersion)} state={past.data.state} />
        {later > 0 && (
          <p className="muted">
            {later === 1 ? '1 later event is' : `${later} later events are`} not applied.{' '}
            <Link href={orderAsOf(order.orderId, null)} scroll={false}>
              Back to now
            </Link>
          </p>
        )}
      </>
    );
  }
  return (
    <aside
      ref={panel}
      className={`card ${styles.section} ${local.asOf}`}
      aria-label="The order at that point"
    >
      {body}
    </aside>
  );
}

function StateView({ heading, state }: { heading: string; state: OrderStateView }) {
  const { payment, shipment } = state;
  return (
    <div data-testid="state-as-of" className={styles.section}>
      <h3>{heading}</h3>
      <dl className={local.state}>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={state.status} />
        </dd>
        <dt>Total</dt>
        <dd>{state.total?.formatted ?? '—'}</dd>
        <dt>Payment</dt>
        <dd data-testid="state-payment">
          {payment
            ? `${payment.amount.formatted} ${payment.captured ? 'captured' : 'authorized'}`
            : 'None'}
        </dd>
        {payment && payment.refunded.amountMinor > 0 && (
          <>
            <dt>Refunded</dt>
            <dd>
              {payment.refunded.formatted} ({payment.refundable.formatted} left)
            </dd>
          </>
        )}
        <dt>Shipment</dt>
        <dd>
          {shipment
            ? `${shipment.carrier} ${shipment.trackingNumber}`
            : // A refunded order keeps its payment, not its shipment: the timeline has that.
              state.status === 'Refunded'
              ? 'See the timeline'
              : 'Not shipped'}
        </dd>
      </dl>
    </div>
  );
}
