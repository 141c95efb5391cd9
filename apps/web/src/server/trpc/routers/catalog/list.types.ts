import {
  catalogProductViewSchema,
  listCatalogInputSchema,
  pageInfoSchema,
} from '@shop/read-models';
import { z } from 'zod';
import { awaitingInputSchema, checkpointOutputSchema } from './consistency';

export const catalogListInputSchema = listCatalogInputSchema.extend(awaitingInputSchema.shape);

// The price arrives formatted: formatting in the browser would ship the domain's money module, and
// zod with it, to every shopper for the sake of one Intl call.
export const storefrontProductSchema = catalogProductViewSchema.extend({
  formattedPrice: z.string(),
});
export type StorefrontProduct = z.infer<typeof storefrontProductSchema>;

export const catalogListOutputSchema = z.object({
  products: z.array(storefrontProductSchema),
  page: pageInfoSchema,
  checkpoint: checkpointOutputSchema,
  /** Whether these products already include the awaited write (true when nothing is awaited). */
  reached: z.boolean(),
});
