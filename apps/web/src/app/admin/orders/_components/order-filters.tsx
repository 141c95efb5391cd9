import Form from 'next/form';
import Link from 'next/link';
import { statusLabels } from '../_lib/status-labels';
import { isFiltered, orderStatuses, type OrderFilter } from '../_lib/order-filter';
import styles from './orders.module.css';

/**
 * The filters as a GET form: the URL holds them, so a filtered list can be bookmarked, shared and
 * reloaded, and the server renders it with its data. Applying filters starts again at page one.
 */
export function OrderFilters({ filter }: { filter: OrderFilter }) {
  return (
    <Form action="/admin/orders" className={`card ${styles.filters}`} aria-label="Filter orders">
      <div className="field">
        <label htmlFor="order-search">Order id or email</label>
        <input
          id="order-search"
          name="q"
          type="search"
          defaultValue={filter.search ?? ''}
          placeholder="3f9a0c12 or ada@"
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor="order-from">Placed from</label>
        <input id="order-from" name="from" type="date" defaultValue={filter.from ?? ''} />
      </div>
      <div className="field">
        <label htmlFor="order-to">Placed until</label>
        <input id="order-to" name="to" type="date" defaultValue={filter.to ?? ''} />
      </div>
      {filter.customerId && <input type="hidden" name="customer" value={filter.customerId} />}
      <fieldset className={styles.statuses}>
        <legend>Status</legend>
        {orderStatuses.map((status) => (
          <label key={status}>
            <input
              type="checkbox"
              name="status"
              value={status}
              defaultChecked={filter.statuses.includes(status)}
            />
            {statusLabels[status].text}
          </label>
        ))}
      </fieldset>
      <div className={styles.actions}>
        <button type="submit" className="button">
          Apply filters
        </button>
        {isFiltered(filter) && <Link href="/admin/orders">Clear all filters</Link>}
        <span className="hint">Days are in UTC.</span>
      </div>
    </Form>
  );
}
