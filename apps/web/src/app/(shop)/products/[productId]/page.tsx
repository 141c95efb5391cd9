import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { StaleBanner } from '~/app/_consistency';
import { HydrateClient, prefetchData, trpc } from '~/trpc/server';
import { ProductDetail } from './_components/product-detail';

export const metadata: Metadata = { title: 'Product' };

/*
 * No loading.tsx here or above: its Suspense boundary would send the page's first bytes, with a
 * 200, before the read model is asked, and a missing product could no longer answer 404. The one
 * read is by id; links to the page show their own pending state meanwhile.
 */
export default async function ProductPage({ params }: PageProps<'/products/[productId]'>) {
  const { productId } = await params;
  // Not an id at all: nothing to ask the read model.
  if (!z.uuid().safeParse(productId).success) notFound();
  const detail = await prefetchData(trpc.catalog.product.queryOptions({ productId }));
  if (detail?.product === null) notFound();
  return (
    <HydrateClient>
      <ProductDetail productId={productId} />
      <StaleBanner projections={['product-detail']} />
    </HydrateClient>
  );
}
