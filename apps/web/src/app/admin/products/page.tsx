import type { Metadata } from 'next';
import Link from 'next/link';
import { StaleBanner } from '~/app/_consistency';
import { HydrateClient, prefetch, trpc } from '~/trpc/server';
import styles from '../_components/admin.module.css';
import { ProductList } from './_components/product-list';
import { productListParams, productsPageSize } from './_lib/list-params';

export const metadata: Metadata = { title: 'Products' };

export default async function ProductsPage({ searchParams }: PageProps<'/admin/products'>) {
  const params = productListParams(await searchParams);
  await prefetch(
    trpc.adminProducts.list.queryOptions({
      page: params.page,
      pageSize: productsPageSize,
      sort: params.sort,
    }),
  );
  return (
    <>
      <div className={styles.pageHead}>
        <h1>Products</h1>
        <Link href="/admin/products/new" className="button">
          Add a product
        </Link>
      </div>
      <HydrateClient>
        <ProductList params={params} />
        <StaleBanner projections={['inventory-levels']} />
      </HydrateClient>
    </>
  );
}
