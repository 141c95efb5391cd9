/** The page's frame while the product loads. */
export default function ProductLoading() {
  return (
    <>
      <h1>Product</h1>
      <p className="muted" role="status">
        Loading the product…
      </p>
    </>
  );
}
