import { summarize, type CartLine } from '../cart-lines';
import styles from './line-items.module.css';

/** Lines as "2 × Lamp  €25.00" with the total under them: the checkout's summary, an order's items. */
export function LineItems({ lines, total }: { lines: readonly CartLine[]; total: string | null }) {
  return (
    <>
      <ul className={styles.lines}>
        {summarize(lines).lines.map((line) => (
          <li key={line.productId}>
            <span>
              {line.quantity} × {line.name}
            </span>
            <span>{line.lineTotal}</span>
          </li>
        ))}
      </ul>
      <p className={styles.total}>
        <span>Total</span>
        <span data-testid="line-items-total">{total}</span>
      </p>
    </>
  );
}
