'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useAwaitedWrite } from '~/app/_consistency';
import { useTRPC } from '~/trpc/react';
import { QueryFailed } from './query-failed';
import type { PendingProduct } from '../pending-product';
import { catalogQueryOf, storefrontHref, type StorefrontFilters } from '../_url/storefront-url';
import { FacetList } from './facet-list';
import { Pagination } from './pagination';
import { PendingBanner } from './pending-banner';
import { ProductCard } from './product-card';
import styles from './shop.module.css';
import { StorefrontFiltersForm } from './storefront-filters';

interface StorefrontProps {
  readonly filters: StorefrontFilters;
  readonly pending: PendingProduct | null;
}

export function Storefront({ filters, pending }: StorefrontProps) {
  const trpc = useTRPC();
  const list = useQuery({
    ...trpc.catalog.list.queryOptions(catalogQueryOf(filters)),
    placeholderData: keepPreviousData,
  });
  const { status } = useAwaitedWrite(pending?.awaiting ?? null, {
    projection: 'catalog',
    // Every page and filter of the list: the new product may belong to any.
    invalidate: [trpc.catalog.list.queryKey()],
  });
  const hrefWith = (changes: Partial<StorefrontFilters>) =>
    storefrontHref({ ...filters, page: 1, ...changes });

  const categories = [
    { label: 'All products', href: hrefWith({ category: undefined }), current: !filters.category },
    ...(list.data?.categories ?? []).map(({ category, count }) => ({
      label: category,
      count,
      href: hrefWith({ category }),
      current: category === filters.category,
    })),
  ];

  return (
    <>
      {pending && <PendingBanner name={pending.name} status={status} />}
      <div className={styles.layout}>
        <aside className={styles.sidebar}>
          <FacetList title="Categories" entries={categories} />
          <StorefrontFiltersForm filters={filters} />
        </aside>
        <section className={styles.results} aria-label="Product list" aria-busy={list.isFetching}>
          {list.isPending ? (
            <p className="muted">Loading products…</p>
          ) : list.isError ? (
            <QueryFailed
              what="The catalog"
              message={list.error.message}
              retry={() => void list.refetch()}
            />
          ) : list.data.page.totalItems === 0 ? (
            <div className="card empty">
              <p className="muted">No products match these filters.</p>
              {storefrontHref(filters) === '/' ? (
                <Link href="/admin/products/new">Add the first product</Link>
              ) : (
                <Link href="/">Show all products</Link>
              )}
            </div>
          ) : (
            <>
              <p className={styles.summary} data-testid="result-summary">
                <span>
                  {list.data.page.totalItems} product{list.data.page.totalItems === 1 ? '' : 's'}
                  {filters.category ? ` in ${filters.category}` : ''}
                </span>
                {list.data.page.totalPages > 0 && (
                  <span className="muted">
                    Page {Math.min(filters.page, list.data.page.totalPages)} of{' '}
                    {list.data.page.totalPages}
                  </span>
                )}
              </p>
              {list.data.products.length === 0 ? (
                <div className="card empty">
                  <p className="muted">There is no page {filters.page}.</p>
                  <Link href={hrefWith({})}>Go to the first page</Link>
                </div>
              ) : (
                <ul className="product-grid" aria-label="Products">
                  {list.data.products.map((product) => (
                    <ProductCard
                      key={product.productId}
                      product={product}
                      description={product.description}
                    />
                  ))}
                </ul>
              )}
              <Pagination
                page={filters.page}
                totalPages={list.data.page.totalPages}
                hrefFor={(page) => storefrontHref({ ...filters, page })}
              />
            </>
          )}
        </section>
      </div>
    </>
  );
}
