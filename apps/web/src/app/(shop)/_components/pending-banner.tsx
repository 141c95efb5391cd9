interface PendingBannerProps {
  readonly name: string | null;
  /** The catalog has not applied the write yet. */
  readonly waiting: boolean;
  /** The list has loaded, so "not waiting" means the product is in it. */
  readonly settled: boolean;
}

export function PendingBanner({ name, waiting, settled }: PendingBannerProps) {
  const product = name ? `“${name}”` : 'your product';
  if (waiting) {
    return (
      <p role="status" data-testid="pending-product" className="card pending">
        <span className="spinner" aria-hidden="true" />
        Adding {product} — waiting for the catalog to catch up…
      </p>
    );
  }
  if (!settled) return null;
  return (
    <p role="status" data-testid="added-product" className="card added">
      {name ? `“${name}” is` : 'Your product is'} now in the catalog.
    </p>
  );
}
