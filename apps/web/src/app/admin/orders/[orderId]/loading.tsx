/** The page's frame while the order's history loads. */
export default function OrderLoading() {
  return (
    <>
      <h1>Order</h1>
      <p className="muted" role="status">
        Loading the order’s history…
      </p>
    </>
  );
}
