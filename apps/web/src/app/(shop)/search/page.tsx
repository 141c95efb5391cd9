import { searchQuerySchema } from '@shop/read-models';
import type { Metadata } from 'next';
import { StaleBanner } from '~/app/_consistency';
import { HydrateClient, prefetch, trpc } from '~/trpc/server';
import { UrlProblems } from '../_components/url-problems';
import { searchFiltersFrom, searchQueryOf } from '../_url/search-url';
import { SearchForm } from './_components/search-form';
import { SearchResults } from './_components/search-results';

export const metadata: Metadata = { title: 'Search' };

export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  const { filters, problems } = searchFiltersFrom(await searchParams);
  const query = searchQueryOf(filters);
  // The API's own schema, so the page refuses exactly what the API would, with its messages.
  const checked = searchQuerySchema.safeParse(query);
  const messages = [
    ...problems.map((problem) => problem.message),
    ...(checked.error?.issues.map((issue) => issue.message) ?? []),
  ];
  if (messages.length === 0) await prefetch(trpc.search.products.queryOptions(query));
  return (
    <>
      <h1>Search</h1>
      <SearchForm filters={filters} />
      <UrlProblems note="This search cannot be run:" messages={messages} />
      <HydrateClient>
        {messages.length === 0 && <SearchResults filters={filters} />}
        <StaleBanner projections={['search']} />
      </HydrateClient>
    </>
  );
}
