import { inventoryLevelsPageSchema, listInventoryLevelsInputSchema } from '@shop/read-models';

/** The back office's product list: every product with its stock, listed or not. */
export const adminProductsListInputSchema = listInventoryLevelsInputSchema;
export const adminProductsListOutputSchema = inventoryLevelsPageSchema;
