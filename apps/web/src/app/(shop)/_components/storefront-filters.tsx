import Form from 'next/form';
import {
  storefrontHref,
  storefrontSorts,
  type StorefrontFilters,
  type StorefrontSort,
} from '../_url/storefront-url';
import { RefinementFields } from './refinement-fields';
import styles from './shop.module.css';

const sortLabels: Record<StorefrontSort, string> = {
  newest: 'Newest first',
  'price-asc': 'Price: low to high',
  'price-desc': 'Price: high to low',
  name: 'Name',
};

/** A GET form: applying it navigates to the filtered address, which can be shared as is. */
export function StorefrontFiltersForm({ filters }: { filters: StorefrontFilters }) {
  return (
    // Keyed by the address so that its fields show the URL's values after every navigation.
    <Form action="/" key={storefrontHref(filters)} className={styles.filters} aria-label="Filters">
      {filters.category && <input type="hidden" name="category" value={filters.category} />}
      <RefinementFields
        idPrefix="storefront"
        refinements={filters}
        sorts={storefrontSorts}
        sortLabels={sortLabels}
      />
      <button type="submit" className="button">
        Apply filters
      </button>
    </Form>
  );
}
