import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { StaleBanner } from '~/app/_consistency';
import { HydrateClient, prefetch, trpc } from '~/trpc/server';
import { ProductDetail } from './_components/product-detail';

export const metadata: Metadata = { title: 'Product' };

export default async function ProductPage({ params }: PageProps<'/products/[productId]'>) {
  const { productId } = await params;
  // Not an id at all: nothing to ask the read model.
  if (!z.uuid().safeParse(productId).success) notFound();
  await prefetch(trpc.catalog.product.queryOptions({ productId }));
  return (
    <HydrateClient>
      <ProductDetail productId={productId} />
      <StaleBanner projections={['product-detail']} />
    </HydrateClient>
  );
}
