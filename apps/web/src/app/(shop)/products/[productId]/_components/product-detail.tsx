'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { AddToCart } from '~/app/(shop)/cart/_components/add-to-cart';
import { useTRPC } from '~/trpc/react';
import { QueryFailed } from '../../../_components/query-failed';
import { StockLabel } from '../../../_components/stock-label';
import { storefrontHref, defaultStorefrontFilters } from '../../../_url/storefront-url';
import { searchHref } from '../../../_url/search-url';
import { ProductNotFound } from './product-not-found';
import styles from './product-detail.module.css';

export function ProductDetail({ productId }: { productId: string }) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.catalog.product.queryOptions({ productId }));

  if (detail.isPending) return <p className="muted">Loading the product…</p>;
  if (detail.isError) {
    return (
      <QueryFailed
        what="The product"
        message={detail.error.message}
        retry={() => void detail.refetch()}
      />
    );
  }
  const { product } = detail.data;
  if (product === null) return <ProductNotFound />;

  return (
    <article className={styles.product} data-testid="product-detail">
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link href="/">Products</Link> /{' '}
        <Link href={storefrontHref({ ...defaultStorefrontFilters, category: product.category })}>
          {product.category}
        </Link>
      </nav>
      <h1>{product.name}</h1>
      <div className={styles.buy}>
        <span className={styles.price} data-testid="product-price">
          {product.formattedPrice}
        </span>
        <span data-testid="product-availability">
          {product.discontinued ? (
            <span className={styles.discontinued}>No longer sold</span>
          ) : (
            <StockLabel inStock={product.inStock} available={product.available} />
          )}
        </span>
      </div>
      {/* The cart's own control: it adds through the cart's server action and awaits the cart. */}
      {product.inStock && <AddToCart productId={product.productId} />}
      {product.description ? (
        <p className={styles.description}>{product.description}</p>
      ) : (
        <p className="muted">No description yet.</p>
      )}
      {product.tags.length > 0 && (
        <ul className={styles.tags} aria-label="Tags">
          {product.tags.map((tag) => (
            <li key={tag}>
              <Link
                href={searchHref({
                  text: '',
                  tags: [tag],
                  inStock: false,
                  sort: 'relevance',
                  page: 1,
                })}
              >
                {tag}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
