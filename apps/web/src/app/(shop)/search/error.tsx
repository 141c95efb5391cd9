'use client';

import { ShopError } from '../_components/shop-error';

export default function SearchError({ error, reset }: { error: Error; reset: () => void }) {
  return <ShopError what="The search" error={error} reset={reset} />;
}
