'use client';

import { ShopError } from '../../_components/shop-error';

export default function ProductError({ error, reset }: { error: Error; reset: () => void }) {
  return <ShopError what="This product" error={error} reset={reset} />;
}
