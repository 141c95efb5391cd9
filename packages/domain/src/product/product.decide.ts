import { assertNever } from '../shared/decider';
import { err, ok, type Result } from '../shared/result';
import type {
  AddProduct,
  DescribeProduct,
  DiscontinueProduct,
  ProductCommand,
  RenameProduct,
  RepriceProduct,
  SetProductCategory,
  SetProductTags,
} from './product.commands';
import {
  priceCurrencyMismatch,
  productAlreadyAdded,
  productDiscontinued,
  productNotFound,
  type ProductError,
} from './product.errors';
import type { ProductEvent } from './product.events';
import { sameTags, uncategorised } from './product.fields';
import type { ListedProduct, ProductState } from './product.state';

type Decision = Result<readonly ProductEvent[], ProductError>;

/*
 * A command that asks for what already holds (the same name, price, tags…) succeeds and emits
 * nothing, rather than failing: the admin's intent is met, a resubmitted form or a retried request
 * must not turn into an error, and no event is stored that says nothing happened.
 */
const unchanged: Decision = ok([]);

/** Runs `change` on a listed product; any other state refuses every change, with the reason. */
function onListed(
  state: ProductState,
  productId: string,
  change: (product: ListedProduct) => Decision,
): Decision {
  switch (state.status) {
    case 'Unlisted':
      return err(productNotFound(productId));
    case 'Discontinued':
      return err(productDiscontinued(state.name));
    case 'Listed':
      return change(state);
    default:
      return assertNever(state);
  }
}

function addProduct({ data }: AddProduct, state: ProductState): Decision {
  if (state.status !== 'Unlisted') return err(productAlreadyAdded(data.productId));
  return ok([
    { type: 'ProductAdded', data: { ...data, category: data.category ?? uncategorised } },
  ]);
}

/** A field that is simply replaced: `event` when the value differs, nothing when it is the same. */
function replaceField(
  state: ProductState,
  productId: string,
  field: 'name' | 'description' | 'category',
  value: string,
  event: ProductEvent,
): Decision {
  return onListed(state, productId, (product) =>
    product[field] === value ? unchanged : ok([event]),
  );
}

const renameProduct = ({ data }: RenameProduct, state: ProductState): Decision =>
  replaceField(state, data.productId, 'name', data.name, { type: 'ProductRenamed', data });

const describeProduct = ({ data }: DescribeProduct, state: ProductState): Decision =>
  replaceField(state, data.productId, 'description', data.description, {
    type: 'ProductDescribed',
    data,
  });

const setProductCategory = ({ data }: SetProductCategory, state: ProductState): Decision =>
  replaceField(state, data.productId, 'category', data.category, {
    type: 'ProductCategorised',
    data,
  });

/**
 * The price keeps the currency the product was listed in: carts, orders and the storefront compare
 * and sum prices per product, and a silent switch from EUR to USD would change what the number
 * means. Selling in another currency is a different feature (price lists), not a reprice.
 */
function repriceProduct({ data }: RepriceProduct, state: ProductState): Decision {
  return onListed(state, data.productId, (product) => {
    if (data.price.currency !== product.price.currency) {
      return err(priceCurrencyMismatch(product.name, product.price, data.price));
    }
    if (data.price.amountMinor === product.price.amountMinor) return unchanged;
    return ok([{ type: 'ProductRepriced', data }]);
  });
}

function setProductTags({ data }: SetProductTags, state: ProductState): Decision {
  return onListed(state, data.productId, (product) =>
    sameTags(product.tags, data.tags) ? unchanged : ok([{ type: 'ProductTagsSet', data }]),
  );
}

/** Discontinuing twice is idempotent (the first reason stands); only an unknown product fails. */
function discontinueProduct({ data }: DiscontinueProduct, state: ProductState): Decision {
  if (state.status === 'Discontinued') return unchanged;
  return onListed(state, data.productId, () => ok([{ type: 'ProductDiscontinued', data }]));
}

export function decideProduct(command: ProductCommand, state: ProductState): Decision {
  switch (command.type) {
    case 'AddProduct':
      return addProduct(command, state);
    case 'RenameProduct':
      return renameProduct(command, state);
    case 'DescribeProduct':
      return describeProduct(command, state);
    case 'SetProductCategory':
      return setProductCategory(command, state);
    case 'SetProductTags':
      return setProductTags(command, state);
    case 'RepriceProduct':
      return repriceProduct(command, state);
    case 'DiscontinueProduct':
      return discontinueProduct(command, state);
    default:
      return assertNever(command);
  }
}
