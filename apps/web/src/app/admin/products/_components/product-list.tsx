'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '~/trpc/react';
import styles from '../../_components/admin.module.css';
import { Pager } from '../../_components/pager';
import { QueryFailed } from '../../_components/query-failed';
import { formatDateTime } from '../../_lib/dates';
import { productListHref, productsPageSize, type ProductListParams } from '../_lib/list-params';
import { LinkPending } from '~/app/_components/link-pending';

const statusTone = { Listed: 'good', Discontinued: 'quiet', Unlisted: 'warn' } as const;

/** Every product with its stock, from the inventory-levels read model. */
export function ProductList({ params }: { params: ProductListParams }) {
  const trpc = useTRPC();
  const list = useQuery(
    trpc.adminProducts.list.queryOptions({
      page: params.page,
      pageSize: productsPageSize,
      sort: params.sort,
    }),
  );
  if (list.isPending) return <p className="muted">Loading products…</p>;
  if (list.isError) return <QueryFailed what="The products" retry={() => void list.refetch()} />;
  const { levels, page } = list.data;
  const sortLink = (sort: ProductListParams['sort'], label: string) =>
    params.sort === sort ? (
      <strong aria-current="true">{label}</strong>
    ) : (
      <Link href={productListHref({ page: 1, sort })}>{label}</Link>
    );
  return (
    <>
      <p className={styles.summary}>
        {page.totalItems} products · sorted by {sortLink('name', 'name')} or{' '}
        {sortLink('onHand', 'stock on hand')}
      </p>
      {levels.length === 0 ? (
        <div className="card empty">
          <p className="muted">No products yet.</p>
          <Link href="/admin/products/new">Add the first product</Link>
        </div>
      ) : (
        <table className={styles.table} aria-label="Products">
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col">Status</th>
              <th scope="col" className={styles.number}>
                On hand
              </th>
              <th scope="col" className={styles.number}>
                Reserved
              </th>
              <th scope="col" className={styles.number}>
                Available
              </th>
              <th scope="col" className={styles.wideOnly}>
                Last change
              </th>
            </tr>
          </thead>
          <tbody>
            {levels.map((level) => (
              <tr key={level.productId} data-testid="product-row">
                <td data-label="Product">
                  <Link href={`/admin/products/${level.productId}`}>
                    {level.productName ?? 'Stock of a product not yet added'}
                    <LinkPending />
                  </Link>
                </td>
                <td data-label="Status">
                  <span className={styles.badge} data-tone={statusTone[level.productStatus]}>
                    {level.productStatus}
                  </span>
                </td>
                <td data-label="On hand" className={styles.number}>
                  {level.onHand}
                </td>
                <td data-label="Reserved" className={styles.number}>
                  {level.reserved}
                </td>
                <td data-label="Available" className={styles.number}>
                  {level.available}
                </td>
                <td data-label="Last change" className={styles.wideOnly}>
                  {formatDateTime(level.updatedAt)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager
        page={page.page}
        totalPages={page.totalPages}
        label="Product pages"
        hrefFor={(to) => productListHref({ ...params, page: to })}
      />
    </>
  );
}
