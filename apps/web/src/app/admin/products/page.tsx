import type { Metadata } from 'next';
import Link from 'next/link';
import { LoadingSection } from '../_components/loading-section';
import styles from '../_components/admin.module.css';
import { ProductResults } from './_components/product-results';
import { productListParams } from './_lib/list-params';

export const metadata: Metadata = { title: 'Products' };

/*
 * The loading state is this page's own Suspense rather than a loading.tsx, which would also wrap
 * the product pages below and send their first bytes, with a 200, before they know the product.
 */
export default async function ProductsPage({ searchParams }: PageProps<'/admin/products'>) {
  const params = productListParams(await searchParams);
  return (
    <>
      <div className={styles.pageHead}>
        <h1>Products</h1>
        <Link href="/admin/products/new" className="button">
          Add a product
        </Link>
      </div>
      <LoadingSection message="Loading products…">
        <ProductResults params={params} />
      </LoadingSection>
    </>
  );
}
