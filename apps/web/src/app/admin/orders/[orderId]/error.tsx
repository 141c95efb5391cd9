'use client';

import { RouteError } from '../../_components/route-error';

export default function OrderError(props: { error: unknown; retry: () => void }) {
  return <RouteError what="The order" {...props} />;
}
