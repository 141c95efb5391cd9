import Link from 'next/link';

/** For an order id the event store holds no order under. */
export function OrderNotFound() {
  return (
    <div className="card empty">
      <h1>Order not found</h1>
      <p className="muted">The event store holds no order with this id.</p>
      <Link href="/admin/orders">Back to the orders</Link>
    </div>
  );
}
