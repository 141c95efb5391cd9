'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '~/trpc/react';
import { QueryFailed } from '../../_components/query-failed';
import { FacetList } from '../../_components/facet-list';
import { Pagination } from '../../_components/pagination';
import { ProductCard } from '../../_components/product-card';
import shop from '../../_components/shop.module.css';
import { searchHref, searchQueryOf, type SearchFilters } from '../../_url/search-url';
import { Highlighted } from './highlighted';

export function SearchResults({ filters }: { filters: SearchFilters }) {
  const trpc = useTRPC();
  const search = useQuery({
    ...trpc.search.products.queryOptions(searchQueryOf(filters)),
    placeholderData: keepPreviousData,
  });
  const hrefWith = (changes: Partial<SearchFilters>) =>
    searchHref({ ...filters, page: 1, ...changes });

  if (search.isPending) return <p className="muted">Searching…</p>;
  if (search.isError) {
    return (
      <QueryFailed
        what="The search"
        message={search.error.message}
        retry={() => void search.refetch()}
      />
    );
  }
  const { hits, total, facets, didYouMean, page, pageSize } = search.data;
  const totalPages = Math.ceil(total / pageSize);
  const toggledTag = (tag: string) =>
    filters.tags.includes(tag) ? filters.tags.filter((t) => t !== tag) : [...filters.tags, tag];

  return (
    <div className={shop.layout}>
      <aside className={shop.sidebar}>
        <FacetList
          title="Categories"
          entries={[
            {
              label: 'Any category',
              href: hrefWith({ category: undefined }),
              current: !filters.category,
            },
            ...facets.categories.map(({ value, count }) => ({
              label: value,
              count,
              href: hrefWith({ category: value }),
              current: value === filters.category,
            })),
          ]}
        />
        <FacetList
          title="Tags"
          entries={facets.tags.map(({ value, count }) => ({
            label: value,
            count,
            href: hrefWith({ tags: toggledTag(value) }),
            current: filters.tags.includes(value),
          }))}
        />
      </aside>
      <section className={shop.results} aria-label="Search results" aria-busy={search.isFetching}>
        {didYouMean && (
          <p data-testid="did-you-mean">
            Did you mean <Link href={hrefWith({ text: didYouMean })}>{didYouMean}</Link>?
          </p>
        )}
        <p className={shop.summary} data-testid="result-summary" aria-live="polite">
          <span>
            {total} result{total === 1 ? '' : 's'}
            {filters.text ? ` for “${filters.text}”` : ''}
          </span>
          {totalPages > 0 && (
            <span className="muted">
              Page {page} of {totalPages}
            </span>
          )}
        </p>
        {hits.length === 0 ? (
          <div className="card empty">
            <p className="muted">
              {total > 0 ? `There is no page ${page}.` : 'No products match this search.'}
            </p>
            <Link href={total > 0 ? hrefWith({}) : '/search'}>
              {total > 0 ? 'Go to the first page' : 'Clear the search'}
            </Link>
          </div>
        ) : (
          <ul className="product-grid" aria-label="Products">
            {hits.map((hit) => (
              <ProductCard
                key={hit.productId}
                product={hit}
                name={hit.highlights.name ? <Highlighted html={hit.highlights.name} /> : undefined}
                description={
                  hit.highlights.description ? (
                    <Highlighted html={hit.highlights.description} />
                  ) : undefined
                }
              />
            ))}
          </ul>
        )}
        <Pagination
          page={page}
          totalPages={totalPages}
          hrefFor={(target) => searchHref({ ...filters, page: target })}
        />
      </section>
    </div>
  );
}
