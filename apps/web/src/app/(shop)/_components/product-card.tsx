import type { StorefrontProduct } from '~/server/trpc/routers/catalog/list.types';

export function ProductCard({ product }: { product: StorefrontProduct }) {
  return (
    <li className="card product-card" data-testid="product">
      <h2>{product.name}</h2>
      {product.description && <p>{product.description}</p>}
      <span className="price">{product.formattedPrice}</span>
    </li>
  );
}
