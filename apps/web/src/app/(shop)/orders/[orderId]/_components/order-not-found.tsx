import Link from 'next/link';

/** For an order number that names no order of this shopper's. */
export function OrderNotFound() {
  return (
    <div className="card empty" data-testid="order-not-found">
      <h1>Order not found</h1>
      <p className="muted">There is no order of yours with this number.</p>
      <Link href="/orders">See your orders</Link>
    </div>
  );
}
