'use client';

import { ShopError } from '../../_components/shop-error';

// `retry` refetches the segment's server data as well, which is what a failed read needs.
export default function OrderError({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return <ShopError what="This order" error={error} reset={retry} />;
}
