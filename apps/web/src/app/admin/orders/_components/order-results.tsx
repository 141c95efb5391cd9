import { StaleBanner } from '~/app/_consistency';
import { HydrateClient, prefetch, trpc } from '~/trpc/server';
import { listInputOf, type OrderFilter } from '../_lib/order-filter';
import { OrderList } from './order-list';

/** The orders the filter picks, read before they are sent. */
export async function OrderResults({ filter }: { filter: OrderFilter }) {
  await prefetch(trpc.adminOrders.list.queryOptions(listInputOf(filter)));
  return (
    <HydrateClient>
      <OrderList filter={filter} />
      <StaleBanner projections={['admin-orders']} audience="admin" />
    </HydrateClient>
  );
}
