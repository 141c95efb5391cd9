import { StaleBanner } from '~/app/_consistency';
import { HydrateClient, prefetch, trpc } from '~/trpc/server';
import { pendingProductFrom } from '../pending-product';
import { catalogQueryOf, storefrontFiltersFrom } from '../_url/storefront-url';
import { Storefront } from './storefront';
import { UrlProblems } from './url-problems';

type SearchParams = Record<string, string | string[] | undefined>;

/** The storefront's products for the filters in the address, read before they are sent. */
export async function StorefrontContent({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const pending = pendingProductFrom(params);
  const { filters, problems } = storefrontFiltersFrom(params);
  await prefetch(trpc.catalog.list.queryOptions(catalogQueryOf(filters)));
  return (
    <>
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
