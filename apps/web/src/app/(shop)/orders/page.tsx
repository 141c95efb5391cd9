import type { Metadata } from 'next';
import { z } from 'zod';
import { StaleBanner } from '~/app/_consistency';
import { requireShopperPage } from '~/server/auth/guards';
import { HydrateClient, prefetch, trpc } from '~/trpc/server';
import { OrdersList } from './_components/orders-list';

export const metadata: Metadata = { title: 'My orders' };

// A hand-edited `?page=` reads as the first page rather than an error.
const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

export default async function MyOrdersPage({ searchParams }: PageProps<'/orders'>) {
  await requireShopperPage('/orders');
  const page = pageSchema.parse((await searchParams).page);
  await prefetch(trpc.myOrders.list.queryOptions({ page }));
  return (
    <>
      <h1>My orders</h1>
      <HydrateClient>
        <OrdersList page={page} />
        <StaleBanner projections={['customer-orders']} />
      </HydrateClient>
    </>
  );
}
