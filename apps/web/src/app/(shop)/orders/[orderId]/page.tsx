import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { StaleBanner } from '~/app/_consistency';
import { requireShopperPage } from '~/server/auth/guards';
import { HydrateClient, prefetch, trpc } from '~/trpc/server';
import { placedOrderWrite } from '../placed-order';
import { OrderDetail } from './_components/order-detail';

export const metadata: Metadata = { title: 'Your order' };

export default async function OrderPage({ params, searchParams }: PageProps<'/orders/[orderId]'>) {
  const { orderId } = await params;
  await requireShopperPage(`/orders/${orderId}`);
  const id = z.uuid().safeParse(orderId);
  if (!id.success) notFound();
  const awaiting = placedOrderWrite(id.data, await searchParams);
  await Promise.all([
    prefetch(trpc.myOrders.byId.queryOptions({ orderId: id.data })),
    prefetch(trpc.myOrders.statusHistory.queryOptions({ orderId: id.data })),
  ]);
  return (
    <HydrateClient>
      <OrderDetail orderId={id.data} awaiting={awaiting} />
      <StaleBanner projections={['customer-orders', 'order-history']} />
    </HydrateClient>
  );
}
