'use client';

import { ShopError } from '../_components/shop-error';

// `retry` refetches the segment's server data as well, which is what a failed read needs.
export default function CartError({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return <ShopError what="Your cart" error={error} reset={retry} />;
}
