import type { Metadata } from 'next';
import { Suspense } from 'react';
import { requireShopperPage } from '~/server/auth/guards';
import { LoadingStatus } from '../cart/_components/page-loading';
import { MyOrders } from './_components/my-orders';

export const metadata: Metadata = { title: 'My orders' };

/*
 * The loading state is this page's own Suspense rather than a loading.tsx, which would also wrap
 * the order pages below: they answer 404 for an order that does not exist, which has to be decided
 * before anything is sent. The sign-in check comes first too, so it is a real redirect.
 */
export default async function MyOrdersPage({ searchParams }: PageProps<'/orders'>) {
  await requireShopperPage('/orders');
  return (
    <>
      <h1>My orders</h1>
      <Suspense fallback={<LoadingStatus message="Loading your orders…" />}>
        <MyOrders searchParams={searchParams} />
      </Suspense>
    </>
  );
}
