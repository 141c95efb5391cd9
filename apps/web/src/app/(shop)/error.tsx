'use client';

import { ShopError } from './_components/shop-error';

export default function ShopPageError({ error, reset }: { error: Error; reset: () => void }) {
  return <ShopError what="This page" error={error} reset={reset} />;
}
