import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { StaleBanner } from '~/app/_consistency';
import { HydrateClient, prefetch, trpc } from '~/trpc/server';
import { ProductEditor } from './_components/product-editor';

export const metadata: Metadata = { title: 'Product' };

export default async function ProductPage({ params }: PageProps<'/admin/products/[productId]'>) {
  const productId = z.uuid().safeParse((await params).productId);
  if (!productId.success) notFound();
  await prefetch(trpc.adminProducts.byId.queryOptions({ productId: productId.data }));
  return (
    <HydrateClient>
      <ProductEditor productId={productId.data} />
      <StaleBanner projections={['product-detail']} />
    </HydrateClient>
  );
}
