import type { Aggregate } from '../application/handle-command';
import { productCommandSchema, type ProductCommand } from './product.commands';
import { decideProduct } from './product.decide';
import type { ProductError } from './product.errors';
import { productEventCodec, type ProductEvent } from './product.events';
import { evolveProduct } from './product.evolve';
import { initialProductState, type ProductState } from './product.state';

export const productAggregate: Aggregate<ProductCommand, ProductEvent, ProductState, ProductError> =
  {
    decider: { initialState: initialProductState, decide: decideProduct, evolve: evolveProduct },
    codec: productEventCodec,
    commandSchema: productCommandSchema,
  };

export const productStreamCategory = 'product';
export const productStreamId = (productId: string): string =>
  `${productStreamCategory}-${productId}`;
