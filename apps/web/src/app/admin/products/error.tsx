'use client';

import { RouteError } from '../_components/route-error';

export default function ProductsError(props: { error: unknown; retry: () => void }) {
  return <RouteError what="The products" {...props} />;
}
