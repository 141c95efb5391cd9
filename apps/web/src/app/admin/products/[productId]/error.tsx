'use client';

import { RouteError } from '../../_components/route-error';

export default function ProductError(props: { error: unknown; retry: () => void }) {
  return <RouteError what="The product" {...props} />;
}
