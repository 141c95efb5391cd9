'use client';

import { formatMoney } from '@shop/domain/storefront';
import { useQuery } from '@tanstack/react-query';
import type { Route } from 'next';
import Link from 'next/link';
import { useTRPC } from '~/trpc/react';
import { QueryFailed } from '../../_components/query-failed';
import { formatWhen, statusLabel } from '../order-status';
import styles from './orders.module.css';
import { LinkPending } from '~/app/_components/link-pending';

const pageHref = (page: number) => (page === 1 ? '/orders' : `/orders?page=${page}`) as Route;

export function OrdersList({ page }: { page: number }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.myOrders.list.queryOptions({ page }));

  if (list.isPending) return <p className="muted">Loading your orders…</p>;
  if (list.isError) {
    return (
      <QueryFailed
        what="Your orders"
        message={list.error.message}
        retry={() => void list.refetch()}
      />
    );
  }
  const { orders, page: info } = list.data;
  if (info.totalItems === 0) {
    return (
      <div className="card empty">
        <p>You have not ordered anything yet.</p>
        <Link href="/">Browse the products</Link>
      </div>
    );
  }
  return (
    <>
      <ul className={styles.list} aria-label="Orders">
        {orders.map((order) => (
          <li key={order.orderId} className={`card ${styles.row}`} data-testid="order">
            <Link href={`/orders/${order.orderId}` as Route}>
              Order {order.orderId.slice(0, 8)}
              <LinkPending />
            </Link>
            <span className={styles.badge} data-status={order.status}>
              {statusLabel(order.status)}
            </span>
            <span className={styles.meta}>
              <time dateTime={order.placedAt.toISOString()}>{formatWhen(order.placedAt)}</time> ·{' '}
              {order.itemCount} {order.itemCount === 1 ? 'item' : 'items'}
            </span>
            <span className={styles.amount}>{formatMoney(order.total)}</span>
          </li>
        ))}
      </ul>
      {info.totalPages > 1 && (
        <nav className={styles.pages} aria-label="Pages of orders">
          {info.page > 1 ? <Link href={pageHref(info.page - 1)}>Newer orders</Link> : <span />}
          <span className="muted">
            Page {info.page} of {info.totalPages}
          </span>
          {info.page < info.totalPages ? (
            <Link href={pageHref(info.page + 1)}>Older orders</Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
