import {
  catalogPageSchema,
  catalogProductViewSchema,
  listCatalogInputSchema,
  pageInfoSchema,
  readModelCheckpointSchema,
} from '@shop/read-models';
import { z } from 'zod';

export const catalogListInputSchema = listCatalogInputSchema;

// The price arrives formatted: formatting in the browser would ship the domain's money module, and
// zod with it, to every shopper for the sake of one Intl call.
export const storefrontProductSchema = catalogProductViewSchema.extend({
  formattedPrice: z.string(),
});
export type StorefrontProduct = z.infer<typeof storefrontProductSchema>;

export const catalogListOutputSchema = z.object({
  products: z.array(storefrontProductSchema),
  page: pageInfoSchema,
  categories: catalogPageSchema.shape.categories,
  /** How far the catalog had read each partition of the log when it answered. */
  checkpoint: readModelCheckpointSchema,
});
