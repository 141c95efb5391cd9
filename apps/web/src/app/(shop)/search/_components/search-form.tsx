import { searchLimits } from '@shop/read-models';
import Form from 'next/form';
import { RefinementFields } from '../../_components/refinement-fields';
import {
  searchHref,
  searchPageSorts,
  type SearchFilters,
  type SearchPageSort,
} from '../../_url/search-url';
import styles from './search.module.css';

const sortLabels: Record<SearchPageSort, string> = {
  relevance: 'Best match',
  'price-asc': 'Price: low to high',
  'price-desc': 'Price: high to low',
  newest: 'Newest first',
};

/** A GET form: searching navigates to an address that holds the whole query, to share or go back to. */
export function SearchForm({ filters }: { filters: SearchFilters }) {
  return (
    <Form action="/search" key={searchHref(filters)} className={styles.form} role="search">
      <div className={styles.queryRow}>
        <div className="field">
          <label htmlFor="search-text">Search products</label>
          <input
            id="search-text"
            name="q"
            type="search"
            defaultValue={filters.text}
            maxLength={searchLimits.maxTextLength}
            placeholder="Try “lamp” or “mug”"
            autoComplete="off"
          />
        </div>
        <button type="submit" className="button">
          Search
        </button>
      </div>
      {filters.category && <input type="hidden" name="category" value={filters.category} />}
      {filters.tags.map((tag) => (
        <input key={tag} type="hidden" name="tag" value={tag} />
      ))}
      <details className={styles.more} open={hasRefinements(filters)}>
        <summary>Price, stock and order</summary>
        <div className={styles.refinements}>
          <RefinementFields
            idPrefix="search"
            refinements={filters}
            sorts={searchPageSorts}
            sortLabels={sortLabels}
          />
        </div>
      </details>
    </Form>
  );
}

const hasRefinements = (filters: SearchFilters) =>
  filters.minPriceMinor !== undefined ||
  filters.maxPriceMinor !== undefined ||
  filters.inStock ||
  filters.sort !== 'relevance';
