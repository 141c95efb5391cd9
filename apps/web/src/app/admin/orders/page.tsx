import type { Metadata } from 'next';
import { LoadingSection } from '../_components/loading-section';
import { OrderFilters } from './_components/order-filters';
import { OrderResults } from './_components/order-results';
import { orderFilterFrom } from './_lib/order-filter';

export const metadata: Metadata = { title: 'Orders' };

/*
 * The loading state is this page's own Suspense rather than a loading.tsx, which would also wrap
 * the order pages below and send their first bytes, with a 200, before they know the order exists.
 */
export default async function OrdersPage({ searchParams }: PageProps<'/admin/orders'>) {
  const filter = orderFilterFrom(await searchParams);
  return (
    <>
      <h1>Orders</h1>
      {/* Keyed by the filters, so the form shows what the URL asks for after every navigation. */}
      <OrderFilters key={JSON.stringify(filter)} filter={filter} />
      <LoadingSection message="Loading orders…">
        <OrderResults filter={filter} />
      </LoadingSection>
    </>
  );
}
