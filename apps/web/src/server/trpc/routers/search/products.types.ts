import {
  readModelCheckpointSchema,
  searchHitSchema,
  searchQuerySchema,
  searchResultSchema,
} from '@shop/read-models';
import { z } from 'zod';

/** The same schema the engines parse: bad text, pages or price bounds get their messages here. */
export const searchProductsInputSchema = searchQuerySchema;
export type SearchProductsInput = z.input<typeof searchProductsInputSchema>;

export const storefrontHitSchema = searchHitSchema.extend({ formattedPrice: z.string() });
export type StorefrontHit = z.infer<typeof storefrontHitSchema>;

export const searchProductsOutputSchema = searchResultSchema.extend({
  hits: z.array(storefrontHitSchema),
  /** How far the search read model had read the log before the search ran: the hits are as new. */
  checkpoint: readModelCheckpointSchema,
});
export type SearchProductsOutput = z.infer<typeof searchProductsOutputSchema>;
