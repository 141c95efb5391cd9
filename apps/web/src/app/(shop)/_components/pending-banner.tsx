import type { AwaitedWriteStatus } from '~/app/_consistency';

interface PendingBannerProps {
  readonly name: string | null;
  readonly status: AwaitedWriteStatus;
}

/** The storefront's word on a product the admin just added: pending, then listed. */
export function PendingBanner({ name, status }: PendingBannerProps) {
  const product = name ? `“${name}”` : 'your product';
  switch (status) {
    case 'idle':
      return null;
    case 'pending':
      return (
        <p role="status" data-testid="pending-product" className="card pending">
          <span className="spinner" aria-hidden="true" />
          Adding {product} — waiting for the catalog to catch up…
        </p>
      );
    case 'fresh':
      return (
        <p role="status" data-testid="added-product" className="card added">
          {name ? `“${name}” is` : 'Your product is'} now in the catalog.
        </p>
      );
    case 'failed':
      return (
        <p role="status" data-testid="pending-failed" className="card form-error">
          {product} was added, but the page could not confirm it. Reload to see it.
        </p>
      );
    default: {
      const unknown: never = status;
      return unknown;
    }
  }
}
