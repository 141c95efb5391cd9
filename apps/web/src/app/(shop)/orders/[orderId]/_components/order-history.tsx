'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '~/trpc/react';
import { formatWhen, statusLabel, type OrderStatus } from '../../order-status';
import styles from '../../_components/orders.module.css';

const followEveryMs = 1_000;

/**
 * The order's changes of status, oldest first, from the order-history read model. That read model
 * may be a moment behind the order's own, so it is refreshed until it has reached `status`.
 */
export function OrderHistory({ orderId, status }: { orderId: string; status: OrderStatus }) {
  const trpc = useTRPC();
  const history = useQuery({
    ...trpc.myOrders.statusHistory.queryOptions({ orderId }),
    refetchInterval: (query) =>
      query.state.data?.changes?.at(-1)?.toStatus === status ? false : followEveryMs,
  });
  const changes = history.data?.changes ?? [];
  return (
    <section className={`card ${styles.history}`} aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      {history.isError ? (
        <p role="alert">The history could not be loaded. {history.error.message}</p>
      ) : changes.length === 0 ? (
        <p className="muted">Loading the history…</p>
      ) : (
        <ol data-testid="status-history">
          {changes.map((change) => (
            <li key={`${change.toStatus}-${change.occurredAt.toISOString()}`}>
              <span>{statusLabel(change.toStatus)}</span>
              <time dateTime={change.occurredAt.toISOString()}>
                {formatWhen(change.occurredAt)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
