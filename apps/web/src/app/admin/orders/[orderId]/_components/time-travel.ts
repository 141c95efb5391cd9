import type { Route } from 'next';

/** The order page showing the order as of its `version`-th event; null: as it is now. */
export const orderAsOf = (orderId: string, version: number | null): Route =>
  (version === null
    ? `/admin/orders/${orderId}`
    : `/admin/orders/${orderId}?at=${version}`) as Route;
