import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { StaleBanner } from '~/app/_consistency';
import { HydrateClient, prefetchData, trpc } from '~/trpc/server';
import { ProductEditor } from './_components/product-editor';

export const metadata: Metadata = { title: 'Product' };

/** No loading.tsx here or above: an unknown product answers 404, decided before anything is sent. */
export default async function ProductPage({ params }: PageProps<'/admin/products/[productId]'>) {
  const productId = z.uuid().safeParse((await params).productId);
  if (!productId.success) notFound();
  const detail = await prefetchData(
    trpc.adminProducts.byId.queryOptions({ productId: productId.data }),
  );
  if (detail?.product === null) notFound();
  return (
    <HydrateClient>
      <ProductEditor productId={productId.data} />
      <StaleBanner projections={['product-detail']} audience="admin" />
    </HydrateClient>
  );
}
