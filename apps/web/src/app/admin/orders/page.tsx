import type { Metadata } from 'next';
import { StaleBanner } from '~/app/_consistency';
import { HydrateClient, prefetch, trpc } from '~/trpc/server';
import { OrderFilters } from './_components/order-filters';
import { OrderList } from './_components/order-list';
import { listInputOf, orderFilterFrom } from './_lib/order-filter';

export const metadata: Metadata = { title: 'Orders' };

export default async function OrdersPage({ searchParams }: PageProps<'/admin/orders'>) {
  const filter = orderFilterFrom(await searchParams);
  await prefetch(trpc.adminOrders.list.queryOptions(listInputOf(filter)));
  return (
    <>
      <h1>Orders</h1>
      {/* Keyed by the filters, so the form shows what the URL asks for after every navigation. */}
      <OrderFilters key={JSON.stringify(filter)} filter={filter} />
      <HydrateClient>
        <OrderList filter={filter} />
        <StaleBanner projections={['admin-orders']} />
      </HydrateClient>
    </>
  );
}
