import Link from 'next/link';
import type { ReactNode } from 'react';
import styles from './shop.module.css';
import { StockLabel } from './stock-label';
import { LinkPending } from '~/app/_components/link-pending';

export interface ProductCardProduct {
  readonly productId: string;
  readonly name: string;
  readonly formattedPrice: string;
  readonly category: string;
  readonly inStock: boolean;
}

/**
 * A product in a list, linking to its page; the whole card is the link's target. `name` and
 * `description` may be given as highlighted markup by search.
 */
export function ProductCard({
  product,
  name,
  description,
}: {
  product: ProductCardProduct;
  name?: ReactNode;
  description?: ReactNode;
}) {
  return (
    <li className={`card product-card ${styles.card}`} data-testid="product">
      <h2>
        <Link href={`/products/${product.productId}`} className={styles.cardLink}>
          {name ?? product.name}
          <LinkPending />
        </Link>
      </h2>
      {description && <p>{description}</p>}
      <div className={styles.meta}>
        <span>{product.category}</span>
        <StockLabel inStock={product.inStock} />
      </div>
      <span className="price">{product.formattedPrice}</span>
    </li>
  );
}
