'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '~/trpc/react';
import styles from '../../../_components/admin.module.css';
import { QueryFailed } from '../../../_components/query-failed';
import {
  DiscontinueForm,
  ProductDetailsForm,
  ReceiveStockForm,
  RepriceForm,
} from './product-forms';
import { ProductNotFound } from './product-not-found';

/** One product from the product-detail read model, and the admin's forms to change it. */
export function ProductEditor({ productId }: { productId: string }) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.adminProducts.byId.queryOptions({ productId }));
  if (detail.isPending) return <p className="muted">Loading the product…</p>;
  if (detail.isError) return <QueryFailed what="The product" retry={() => void detail.refetch()} />;
  const { product } = detail.data;
  if (!product) return <ProductNotFound />;
  // Refetched once the read model shows a change made here.
  const invalidate = [
    trpc.adminProducts.byId.queryKey({ productId }),
    trpc.adminProducts.list.queryKey(),
  ];
  return (
    <>
      <div className={styles.pageHead}>
        <h1>{product.name}</h1>
        <span className={styles.badge} data-tone={product.discontinued ? 'quiet' : 'good'}>
          {product.discontinued ? 'Discontinued' : 'Listed'}
        </span>
      </div>
      <ul className={styles.facts} aria-label="At a glance">
        <li>
          Price <strong data-testid="product-price">{product.formattedPrice}</strong>
        </li>
        <li>
          Available <strong data-testid="product-available">{product.available}</strong>
        </li>
        <li>
          Category <strong>{product.category}</strong>
        </li>
      </ul>
      <div className={styles.panels}>
        {product.discontinued ? (
          <p className="card">
            This product is discontinued: its details and price can no longer be changed.
          </p>
        ) : (
          <>
            <section className={`card ${styles.section}`} aria-labelledby="details-heading">
              <h2 id="details-heading">Details</h2>
              <ProductDetailsForm product={product} invalidate={invalidate} />
            </section>
            <section className={`card ${styles.section}`} aria-labelledby="price-heading">
              <h2 id="price-heading">Price</h2>
              <RepriceForm product={product} invalidate={invalidate} />
            </section>
          </>
        )}
        <section className={`card ${styles.section}`} aria-labelledby="stock-heading">
          <h2 id="stock-heading">Stock</h2>
          <ReceiveStockForm product={product} invalidate={invalidate} />
        </section>
        {!product.discontinued && (
          <section className={`card ${styles.section}`} aria-labelledby="discontinue-heading">
            <h2 id="discontinue-heading">Take off sale</h2>
            <DiscontinueForm product={product} invalidate={invalidate} />
          </section>
        )}
      </div>
    </>
  );
}
