'use client';

import { RouteError } from '../_components/route-error';

export default function OrdersError(props: { error: unknown; retry: () => void }) {
  return <RouteError what="The orders" {...props} />;
}
