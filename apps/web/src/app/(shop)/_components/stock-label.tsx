import styles from './shop.module.css';

export function StockLabel({ inStock, available }: { inStock: boolean; available?: number }) {
  if (!inStock) return <span className={styles.outOfStock}>Out of stock</span>;
  return (
    <span className={styles.stock}>
      In stock{available === undefined ? '' : ` — ${available} available`}
    </span>
  );
}
