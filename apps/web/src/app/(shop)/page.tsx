import type { Metadata } from 'next';
import { StaleBanner } from '~/app/_consistency';
import { HydrateClient, prefetch, trpc } from '~/trpc/server';
import { Storefront } from './_components/storefront';
import { UrlProblems } from './_components/url-problems';
import { pendingProductFrom } from './pending-product';
import { catalogQueryOf, storefrontFiltersFrom } from './_url/storefront-url';

export const metadata: Metadata = { title: 'Storefront' };

export default async function StorefrontPage({ searchParams }: PageProps<'/'>) {
  const params = await searchParams;
  const pending = pendingProductFrom(params);
  const { filters, problems } = storefrontFiltersFrom(params);
  await prefetch(trpc.catalog.list.queryOptions(catalogQueryOf(filters)));
  return (
    <>
      <h1>Products</h1>
      <UrlProblems
        note="Some filters in the address could not be used and were left out:"
        messages={problems.map((problem) => problem.message)}
      />
      <HydrateClient>
        <Storefront filters={filters} pending={pending} />
        <StaleBanner projections={['catalog']} />
      </HydrateClient>
    </>
  );
}
