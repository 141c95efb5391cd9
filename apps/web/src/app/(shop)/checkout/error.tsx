'use client';

import { ShopError } from '../_components/shop-error';

// `retry` refetches the segment's server data as well, which is what a failed read needs.
export default function CheckoutError({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return <ShopError what="The checkout" error={error} reset={retry} />;
}
