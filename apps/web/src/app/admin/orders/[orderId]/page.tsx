import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { HydrateClient, prefetch, prefetchData, trpc } from '~/trpc/server';
import { firstParam } from '../../_lib/search-params';
import { OrderDetail } from './_components/order-detail';

export const metadata: Metadata = { title: 'Order' };

/** `?at=3`: the order as it was after its third event; anything else shows it as it is now. */
const atSchema = z.coerce
  .number()
  .int()
  .min(1)
  .max(2 ** 31 - 1);

/**
 * An order read from the event store, not from a projection: its timeline and any earlier state
 * are the source of truth itself, so this page is never stale and needs no banner for it. No
 * loading.tsx here or above: an unknown order answers 404, decided before anything is sent.
 */
export default async function OrderPage({
  params,
  searchParams,
}: PageProps<'/admin/orders/[orderId]'>) {
  const orderId = z.uuid().safeParse((await params).orderId);
  if (!orderId.success) notFound();
  const at = atSchema.safeParse(firstParam(await searchParams, 'at'));
  const version = at.success ? at.data : null;
  const [timeline] = await Promise.all([
    prefetchData(trpc.adminOrders.timeline.queryOptions({ orderId: orderId.data })),
    version !== null &&
      prefetch(trpc.adminOrders.stateAt.queryOptions({ orderId: orderId.data, version })),
  ]);
  if (timeline === null) notFound();
  return (
    <HydrateClient>
      {/* The refund form's id is chosen here, so the server's page and the browser's agree on it. */}
      <OrderDetail orderId={orderId.data} at={version} refundId={randomUUID()} />
    </HydrateClient>
  );
}
