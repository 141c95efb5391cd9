import type { OrderTimeline } from '~/server/trpc/routers/admin-orders/timeline.types';
import styles from '../../../_components/admin.module.css';
import local from './detail.module.css';

/** The lines and address the order was placed with; they never change afterwards. */
export function OrderContents({ order }: { order: OrderTimeline }) {
  const { shippingAddress: address } = order;
  return (
    <section className={`card ${styles.section}`} aria-labelledby="contents-heading">
      <h2 id="contents-heading">Items</h2>
      <table className={styles.table} aria-label="Items">
        <thead>
          <tr>
            <th scope="col">Product</th>
            <th scope="col" className={styles.number}>
              Quantity
            </th>
            <th scope="col" className={styles.number}>
              Price
            </th>
            <th scope="col" className={styles.number}>
              Line total
            </th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.productId}>
              <td data-label="Product">{line.name}</td>
              <td data-label="Quantity" className={styles.number}>
                {line.quantity}
              </td>
              <td data-label="Price" className={styles.number}>
                {line.unitPrice.formatted}
              </td>
              <td data-label="Line total" className={styles.number}>
                {line.lineTotal.formatted}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Total <strong>{order.current.total?.formatted}</strong>
      </p>
      <h3>Ship to</h3>
      <address className={local.address}>
        {[
          address.recipient,
          address.line1,
          address.line2,
          `${address.postalCode} ${address.city}`,
          address.country,
        ]
          .filter(Boolean)
          .join('\n')}
      </address>
    </section>
  );
}
