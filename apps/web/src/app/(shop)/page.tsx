import type { Metadata } from 'next';
import { Suspense } from 'react';
import { StorefrontContent } from './_components/storefront-content';

export const metadata: Metadata = { title: 'Storefront' };

/*
 * The loading state is this page's own Suspense, not a loading.tsx of the (shop) group: that one
 * would wrap every shop page below it too, and a page that answers 404 (a missing product) must
 * decide before its first bytes are sent.
 */
export default function StorefrontPage({ searchParams }: PageProps<'/'>) {
  return (
    <>
      <h1>Products</h1>
      <Suspense
        fallback={
          <p className="muted" role="status">
            Loading the products…
          </p>
        }
      >
        <StorefrontContent searchParams={searchParams} />
      </Suspense>
    </>
  );
}
