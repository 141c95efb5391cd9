import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { StaleBanner } from '~/app/_consistency';
import { requireShopperPage } from '~/server/auth/guards';
import { HydrateClient, prefetch, prefetchData, trpc } from '~/trpc/server';
import { placedOrderWrite } from '../placed-order';
import { OrderDetail } from './_components/order-detail';

export const metadata: Metadata = { title: 'Your order' };

/*
 * No loading.tsx here or above: the sign-in redirect and the 404 for an unknown order are decided
 * before the first bytes are sent, which a loading state's Suspense boundary would send at once.
 */
export default async function OrderPage({ params, searchParams }: PageProps<'/orders/[orderId]'>) {
  const { orderId } = await params;
  await requireShopperPage(`/orders/${orderId}`);
  const id = z.uuid().safeParse(orderId);
  if (!id.success) notFound();
  const awaiting = placedOrderWrite(id.data, await searchParams);
  const [detail] = await Promise.all([
    prefetchData(trpc.myOrders.byId.queryOptions({ orderId: id.data })),
    prefetch(trpc.myOrders.statusHistory.queryOptions({ orderId: id.data })),
  ]);
  // An order the checkout has just placed may not be read yet: the page waits for it instead.
  if (detail?.order === null && awaiting === null) notFound();
  return (
    <HydrateClient>
      <OrderDetail orderId={id.data} awaiting={awaiting} />
      <StaleBanner projections={['customer-orders', 'order-history']} />
    </HydrateClient>
  );
}
