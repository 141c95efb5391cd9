import Link from 'next/link';

/** For an address that names no product the shop knows (yet: a product added moments ago may follow). */
export function ProductNotFound() {
  return (
    <div className="card empty" data-testid="product-not-found">
      <h1>Product not found</h1>
      <p className="muted">
        We could not find this product. It may have been removed, or the link may be mistyped.
      </p>
      <p>
        <Link href="/">Browse the storefront</Link> or <Link href="/search">search the shop</Link>
      </p>
    </div>
  );
}
