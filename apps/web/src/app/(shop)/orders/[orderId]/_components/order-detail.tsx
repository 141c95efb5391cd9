'use client';

import { formatMoney } from '@shop/domain/storefront';
import { useQuery } from '@tanstack/react-query';
import { PendingNotice, useAwaitedWrite, type AwaitedWrite } from '~/app/_consistency';
import { useTRPC } from '~/trpc/react';
import { LineItems } from '../../../cart/_components/line-items';
import { QueryFailed } from '../../../_components/query-failed';
import {
  formatWhen,
  isInProgress,
  progressOf,
  statusLabel,
  type OrderStatus,
} from '../../order-status';
import hidden from '../../../cart/_components/visually-hidden.module.css';
import styles from '../../_components/orders.module.css';
import { OrderHistory } from './order-history';
import { OrderNotFound } from './order-not-found';

/** How often a page follows an order the saga is still working on. */
const followEveryMs = 1_000;

const following = (status: OrderStatus | undefined): boolean =>
  status !== undefined && isInProgress(status);

/**
 * One order, followed live: after checkout it waits for the order to reach the customer-orders read
 * model (the consistency token of its placement), then refreshes while the saga moves it on, until
 * it is confirmed or cancelled.
 */
export function OrderDetail({
  orderId,
  awaiting,
}: {
  orderId: string;
  awaiting: AwaitedWrite | null;
}) {
  const trpc = useTRPC();
  const input = { orderId };
  const { status: placement } = useAwaitedWrite(awaiting, {
    projection: 'customer-orders',
    invalidate: [trpc.myOrders.byId.queryKey(input), trpc.myOrders.statusHistory.queryKey(input)],
  });
  const order = useQuery({
    ...trpc.myOrders.byId.queryOptions(input),
    refetchInterval: (query) =>
      following(query.state.data?.order?.status) ? followEveryMs : false,
  });
  const current = order.data?.order ?? null;
  // The order's row exists from its OrderPlaced on: once it shows, the placement is in the read model.
  const placed = current !== null && placement === 'pending' ? 'fresh' : placement;
  const waitingForPlacement = placed === 'pending';

  if (order.isError) {
    return (
      <QueryFailed
        what="This order"
        message={order.error.message}
        retry={() => void order.refetch()}
      />
    );
  }
  if (order.isSuccess && current === null && !waitingForPlacement) {
    return <OrderNotFound />;
  }

  const steps = current && progressOf(current.status);
  return (
    <article className={styles.detail} aria-labelledby="order-title">
      <header className={styles.header}>
        <h1 id="order-title">Order {orderId.slice(0, 8)}</h1>
        {current && (
          <span className="muted">
            Placed{' '}
            <time dateTime={current.placedAt.toISOString()}>{formatWhen(current.placedAt)}</time>
          </span>
        )}
      </header>
      <PendingNotice
        status={placed}
        pending="Placing your order — it will show here in a moment…"
        fresh="Your order is placed."
      />
      <div className={styles.body}>
        <p role="status" aria-live="polite" data-testid="order-status">
          {current ? (
            <>
              Status: <strong>{statusLabel(current.status)}</strong>
              {following(current.status) && <span className="muted"> — in progress…</span>}
            </>
          ) : (
            <span className={styles.placeholder}>Status: waiting for your order…</span>
          )}
        </p>
        {steps && (
          <ol className={`card ${styles.steps}`} aria-label="Progress">
            {steps.map((step) => (
              <li
                key={step.status}
                className={styles.step}
                data-state={step.state}
                aria-current={step.state === 'current' ? 'step' : undefined}
              >
                {step.label}
                <span className={hidden.visuallyHidden}>
                  {step.state === 'done'
                    ? ' (done)'
                    : step.state === 'current'
                      ? ' (under way)'
                      : ''}
                </span>
              </li>
            ))}
          </ol>
        )}
        {current?.status === 'Cancelled' && (
          <section className={`card ${styles.cancelled}`} aria-labelledby="cancelled-title">
            <h2 id="cancelled-title">This order was cancelled</h2>
            <p data-testid="cancellation-reason">
              {current.cancellationReason ?? 'No reason was recorded.'}
            </p>
            <p className="muted">Nothing was charged for it.</p>
          </section>
        )}
        {current && (
          <section className={`card ${styles.items}`} aria-labelledby="items-title">
            <h2 id="items-title">Items</h2>
            <LineItems lines={current.lines} total={formatMoney(current.total)} />
            {current.shipment && (
              <p>
                Shipped with {current.shipment.carrier}, tracking number{' '}
                {current.shipment.trackingNumber}.
              </p>
            )}
          </section>
        )}
        {current && <OrderHistory orderId={orderId} status={current.status} />}
      </div>
    </article>
  );
}
