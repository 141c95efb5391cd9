import { assertNever } from '../shared/decider';
import type { ProductEvent } from './product.events';
import type { ProductDetails, ProductState } from './product.state';

/** Changes apply to a listed product only; decide never emits them otherwise. */
function change(state: ProductState, patch: Partial<ProductDetails>): ProductState {
  return state.status === 'Listed' ? { ...state, ...patch } : state;
}

export function evolveProduct(state: ProductState, event: ProductEvent): ProductState {
  switch (event.type) {
    case 'ProductAdded':
      return { status: 'Listed', ...event.data, tags: [] };
    case 'ProductRenamed':
      return change(state, { name: event.data.name });
    case 'ProductDescribed':
      return change(state, { description: event.data.description });
    case 'ProductCategorised':
      return change(state, { category: event.data.category });
    case 'ProductTagsSet':
      return change(state, { tags: event.data.tags });
    case 'ProductRepriced':
      return change(state, { price: event.data.price });
    case 'ProductDiscontinued':
      return state.status === 'Listed'
        ? { ...state, status: 'Discontinued', reason: event.data.reason }
        : state;
    default:
      return assertNever(event);
  }
}
