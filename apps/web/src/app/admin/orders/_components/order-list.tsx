'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '~/trpc/react';
import styles from '../../_components/admin.module.css';
import { Pager } from '../../_components/pager';
import { QueryFailed } from '../../_components/query-failed';
import { formatDateTime } from '../../_lib/dates';
import { listInputOf, ordersHref, type OrderFilter } from '../_lib/order-filter';
import local from './orders.module.css';
import { StatusBadge } from './status-badge';
import { LinkPending } from '~/app/_components/link-pending';

/** The filtered orders from the admin-orders read model, newest first, with their totals. */
export function OrderList({ filter }: { filter: OrderFilter }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.adminOrders.list.queryOptions(listInputOf(filter)));
  if (list.isPending) return <p className="muted">Loading orders…</p>;
  if (list.isError) return <QueryFailed what="The orders" retry={() => void list.refetch()} />;
  const { orders, totals, page } = list.data;
  const customer = filter.customerId
    ? orders.find((order) => order.customer?.customerId === filter.customerId)?.customer
    : null;
  return (
    <>
      {filter.customerId && (
        <p className={local.chip}>
          Orders of {customer?.name ?? customer?.email ?? 'one customer'}
          <Link href={ordersHref(filter, { customerId: null, page: 1 })}>Show every customer</Link>
        </p>
      )}
      <p className={styles.summary} data-testid="orders-summary">
        {totals.count === 1 ? '1 order' : `${totals.count} orders`}
        {totals.byCurrency.map((sum) => ` · ${sum.total.formatted}`).join('')}
      </p>
      {orders.length === 0 ? (
        <div className="card empty">
          <p className="muted">No orders match these filters.</p>
        </div>
      ) : (
        <table className={styles.table} aria-label="Orders">
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Placed</th>
              <th scope="col">Customer</th>
              <th scope="col">Status</th>
              <th scope="col" className={styles.number}>
                Items
              </th>
              <th scope="col" className={styles.number}>
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {orders.map((order) => (
              <tr key={order.orderId} data-testid="order-row">
                <td data-label="Order">
                  <Link
                    href={`/admin/orders/${order.orderId}`}
                    className={styles.mono}
                    aria-label={`Order ${order.orderId}`}
                  >
                    {order.orderId.slice(0, 8)}
                    <LinkPending />
                  </Link>
                </td>
                <td data-label="Placed">{formatDateTime(order.placedAt)}</td>
                <td data-label="Customer">
                  {order.customer ? (
                    <Link
                      href={ordersHref(filter, { customerId: order.customer.customerId, page: 1 })}
                      className={local.customer}
                      title="Show this customer's orders"
                    >
                      {order.customer.name ?? 'Customer'}
                      <small>{order.customer.email}</small>
                    </Link>
                  ) : (
                    <span className="muted">Guest</span>
                  )}
                </td>
                <td data-label="Status">
                  <StatusBadge status={order.status} />
                </td>
                <td data-label="Items" className={styles.number}>
                  {order.itemCount}
                </td>
                <td data-label="Total" className={styles.number}>
                  {order.total.formatted}
                  {order.refunded.amountMinor > 0 && (
                    <small className="muted"> ({order.refunded.formatted} refunded)</small>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager
        page={page.page}
        totalPages={page.totalPages}
        label="Order pages"
        hrefFor={(to) => ordersHref(filter, { page: to })}
      />
    </>
  );
}
