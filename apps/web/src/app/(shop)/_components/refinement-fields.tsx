import { formatPrice, type Refinements } from '../_url/url-params';
import styles from './shop.module.css';

interface RefinementFieldsProps<Sort extends string> {
  readonly refinements: Refinements<Sort>;
  readonly sorts: readonly Sort[];
  readonly sortLabels: Record<Sort, string>;
  /** Field ids must be unique on the page. */
  readonly idPrefix: string;
}

/** Price range, in-stock and sort: the fields the storefront's and the search's forms share. */
export function RefinementFields<Sort extends string>({
  refinements,
  sorts,
  sortLabels,
  idPrefix,
}: RefinementFieldsProps<Sort>) {
  return (
    <>
      <div className={styles.priceRow}>
        <PriceField
          id={`${idPrefix}-min`}
          name="min"
          label="Min price"
          placeholder="0"
          minor={refinements.minPriceMinor}
        />
        <PriceField
          id={`${idPrefix}-max`}
          name="max"
          label="Max price"
          placeholder="Any"
          minor={refinements.maxPriceMinor}
        />
      </div>
      <label className={styles.checkbox}>
        <input type="checkbox" name="in-stock" value="1" defaultChecked={refinements.inStock} />
        In stock only
      </label>
      <div className="field">
        <label htmlFor={`${idPrefix}-sort`}>Sort by</label>
        <select id={`${idPrefix}-sort`} name="sort" defaultValue={refinements.sort}>
          {sorts.map((sort) => (
            <option key={sort} value={sort}>
              {sortLabels[sort]}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

function PriceField(props: {
  id: string;
  name: string;
  label: string;
  placeholder: string;
  minor: number | undefined;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.name}
        inputMode="decimal"
        placeholder={props.placeholder}
        defaultValue={props.minor === undefined ? '' : formatPrice(props.minor)}
        autoComplete="off"
      />
    </div>
  );
}
