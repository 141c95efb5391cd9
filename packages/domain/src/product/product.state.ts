import type { Money } from '../shared/money';

/** What the catalog knows about a product that was added. */
export interface ProductDetails {
  readonly productId: string;
  readonly name: string;
  readonly description: string;
  readonly price: Money;
  readonly category: string;
  readonly tags: readonly string[];
}

/**
 * Unlisted: never added. Listed: on sale, open to changes. Discontinued: kept for history (orders
 * refer to it) but closed to every change.
 */
export type ProductState =
  | { readonly status: 'Unlisted' }
  | ({ readonly status: 'Listed' } & ProductDetails)
  | ({ readonly status: 'Discontinued'; readonly reason?: string } & ProductDetails);

export type ListedProduct = Extract<ProductState, { status: 'Listed' }>;

export const initialProductState: ProductState = { status: 'Unlisted' };
