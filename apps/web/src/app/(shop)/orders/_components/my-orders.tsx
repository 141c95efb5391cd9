import { z } from 'zod';
import { StaleBanner } from '~/app/_consistency';
import { HydrateClient, prefetch, trpc } from '~/trpc/server';
import { OrdersList } from './orders-list';

// A hand-edited `?page=` reads as the first page rather than an error.
const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

type SearchParams = Record<string, string | string[] | undefined>;

/** The shopper's orders, the page the address asks for, read before they are sent. */
export async function MyOrders({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const page = pageSchema.parse((await searchParams).page);
  await prefetch(trpc.myOrders.list.queryOptions({ page }));
  return (
    <HydrateClient>
      <OrdersList page={page} />
      <StaleBanner projections={['customer-orders']} />
    </HydrateClient>
  );
}
