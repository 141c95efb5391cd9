'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '~/trpc/react';
import type { PendingProduct } from '../pending-product';
import { PendingBanner } from './pending-banner';
import { ProductCard } from './product-card';
import { useCatchUp } from './use-catch-up';

export function Catalog({ pending }: { pending: PendingProduct | null }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.catalog.list.queryOptions({ awaiting: pending?.awaiting }));
  const waiting = list.data?.reached === false;
  useCatchUp(pending?.awaiting, waiting);

  return (
    <>
      {pending && <PendingBanner name={pending.name} waiting={waiting} settled={list.isSuccess} />}
      {list.isPending ? (
        <p className="muted">Loading products…</p>
      ) : list.isError ? (
        <div role="alert" className="card form-error">
          <p>The catalog could not be loaded. {list.error.message}</p>
          <button type="button" className="button" onClick={() => void list.refetch()}>
            Try again
          </button>
        </div>
      ) : list.data.products.length === 0 ? (
        <div className="card empty">
          <p className="muted">No products yet.</p>
          <Link href="/admin/products/new">Add the first product</Link>
        </div>
      ) : (
        <ul className="product-grid" aria-label="Products">
          {list.data.products.map((product) => (
            <ProductCard key={product.productId} product={product} />
          ))}
        </ul>
      )}
    </>
  );
}
