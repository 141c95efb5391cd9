import type { Metadata } from 'next';
import { HydrateClient, prefetch, trpc } from '~/trpc/server';
import { Catalog } from './_components/catalog';
import { pendingProductFrom } from './pending-product';

export const metadata: Metadata = { title: 'Storefront' };

export default async function StorefrontPage({ searchParams }: PageProps<'/'>) {
  const pending = pendingProductFrom(await searchParams);
  await prefetch(trpc.catalog.list.queryOptions({ awaiting: pending?.awaiting }));
  return (
    <>
      <h1>Products</h1>
      <HydrateClient>
        <Catalog pending={pending} />
      </HydrateClient>
    </>
  );
}
