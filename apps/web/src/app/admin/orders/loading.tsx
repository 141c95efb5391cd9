/** The page's frame while the orders load. */
export default function OrdersLoading() {
  return (
    <>
      <h1>Orders</h1>
      <p className="muted" role="status">
        Loading orders…
      </p>
    </>
  );
}
