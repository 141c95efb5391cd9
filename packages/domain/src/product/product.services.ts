import { randomUUID } from 'node:crypto';
import { commandServices, type CommandService } from '../application/command-service';
import type { CommandFailure } from '../application/handle-command';
import { ok } from '../shared/result';
import { productAggregate, productStreamId } from './product.aggregate';
import type { ProductError } from './product.errors';
import {
  addProductInputSchema,
  describeProductInputSchema,
  discontinueProductInputSchema,
  renameProductInputSchema,
  repriceProductInputSchema,
  setProductCategoryInputSchema,
  setProductTagsInputSchema,
} from './product.inputs';

/** Every expected way a product command can fail; anything else is an exception. */
export type ProductCommandFailure = CommandFailure<ProductError>;

const productService = commandServices(productAggregate, (command) =>
  productStreamId(command.data.productId),
);

const addProductWithId = (productId: string): CommandService<ProductError> =>
  productService(addProductInputSchema, ({ price, currency, ...details }) => ({
    type: 'AddProduct',
    data: { productId, ...details, price: { amountMinor: price, currency } },
  }));

/**
 * The application service behind the admin form (and any other transport): validates untrusted
 * input, gives the product its id, and runs the command.
 */
export async function addProduct(...args: Parameters<CommandService<ProductError>>) {
  const productId = randomUUID();
  const result = await addProductWithId(productId)(...args);
  return result.ok ? ok({ ...result.value, productId }) : result;
}

/** Renames a listed product; the same name again changes nothing. */
export const renameProduct = productService(renameProductInputSchema, (data) => ({
  type: 'RenameProduct',
  data,
}));

/** Replaces a listed product's description; the same text again changes nothing. */
export const describeProduct = productService(describeProductInputSchema, (data) => ({
  type: 'DescribeProduct',
  data,
}));

/** Puts a listed product in a category (typed as a name, kept as a slug). */
export const setProductCategory = productService(setProductCategoryInputSchema, (data) => ({
  type: 'SetProductCategory',
  data,
}));

/** Replaces a listed product's tags with a normalised, deduplicated set. */
export const setProductTags = productService(setProductTagsInputSchema, (data) => ({
  type: 'SetProductTags',
  data,
}));

/** Sets a new price, typed as a decimal, in the currency the product is listed in. */
export const repriceProduct = productService(
  repriceProductInputSchema,
  ({ productId, price, currency }) => ({
    type: 'RepriceProduct',
    data: { productId, price: { amountMinor: price, currency } },
  }),
);

/** Takes a product off sale for good, optionally saying why; idempotent. */
export const discontinueProduct = productService(discontinueProductInputSchema, (data) => ({
  type: 'DiscontinueProduct',
  data,
}));
