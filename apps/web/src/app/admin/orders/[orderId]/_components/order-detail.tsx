'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '~/trpc/react';
import styles from '../../../_components/admin.module.css';
import { QueryFailed } from '../../../_components/query-failed';
import { formatDateTime } from '../../../_lib/dates';
import { ordersHref, orderFilterFrom } from '../../_lib/order-filter';
import { StatusBadge } from '../../_components/status-badge';
import local from './detail.module.css';
import { OrderActionsPanel } from './order-actions-panel';
import { OrderContents } from './order-contents';
import { OrderNotFound } from './order-not-found';
import { StateAsOf } from './state-as-of';
import { Timeline } from './timeline';

// The saga keeps writing after an admin's action (a capture after shipping, a refund paid out):
// the history is read again now and then, one stream read each time.
const refreshEveryMs = 5_000;

/** One order from the event store: what it holds, what may be done with it, and its history. */
export function OrderDetail({
  orderId,
  at,
  refundId,
}: {
  orderId: string;
  at: number | null;
  /** The first refund form's id; the form picks the next ones itself. */
  refundId: string;
}) {
  const trpc = useTRPC();
  const timeline = useQuery({
    ...trpc.adminOrders.timeline.queryOptions({ orderId }),
    refetchInterval: refreshEveryMs,
  });
  if (timeline.isPending) return <p className="muted">Loading the order’s history…</p>;
  if (timeline.isError) {
    return <QueryFailed what="The order" retry={() => void timeline.refetch()} />;
  }
  const order = timeline.data;
  if (!order) {
    return <OrderNotFound />;
  }
  const { customer } = order;
  return (
    <>
      <div className={styles.pageHead}>
        <h1>
          Order <span className={styles.mono}>{orderId.slice(0, 8)}</span>
        </h1>
        <StatusBadge status={order.current.status} />
      </div>
      <ul className={styles.facts} aria-label="At a glance">
        <li>
          Placed <strong>{formatDateTime(order.placedAt)}</strong>
        </li>
        <li>
          Customer{' '}
          {customer ? (
            <Link href={ordersHref(orderFilterFrom({}), { customerId: customer.customerId })}>
              {customer.name ?? customer.customerId} {customer.email && `(${customer.email})`}
            </Link>
          ) : (
            <strong>Guest</strong>
          )}
        </li>
        <li className={styles.mono}>{orderId}</li>
      </ul>
      <div className={styles.panels}>
        <OrderContents order={order} />
        <OrderActionsPanel order={order} refundId={refundId} />
      </div>
      <section aria-labelledby="history-heading" className={styles.section}>
        <h2 id="history-heading">History</h2>
        <p className="muted">
          Every event of the order, read from the event store. Pick one to see the order as it was
          right after it.
        </p>
        <div className={local.history}>
          <Timeline order={order} at={at} />
          <StateAsOf order={order} at={at} />
        </div>
      </section>
    </>
  );
}
