import { StaleBanner } from '~/app/_consistency';
import { HydrateClient, prefetch, trpc } from '~/trpc/server';
import { productsPageSize, type ProductListParams } from '../_lib/list-params';
import { ProductList } from './product-list';

/** The page of products the address asks for, read before it is sent. */
export async function ProductResults({ params }: { params: ProductListParams }) {
  const { page, sort } = params;
  await prefetch(trpc.adminProducts.list.queryOptions({ page, pageSize: productsPageSize, sort }));
  return (
    <HydrateClient>
      <ProductList params={params} />
      <StaleBanner projections={['inventory-levels']} audience="admin" />
    </HydrateClient>
  );
}
