import Link from 'next/link';

/** For a product id the catalog has not read (yet: one added moments ago follows shortly). */
export function ProductNotFound() {
  return (
    <div className="card empty">
      <h1>Product not found</h1>
      <p className="muted">
        The catalog has no product with this id. If it was added a moment ago, it will appear
        shortly.
      </p>
      <Link href="/admin/products">Back to the products</Link>
    </div>
  );
}
