import { formatMoney } from '@shop/domain';
import { getSearchCheckpoint } from '@shop/read-models';
import { searchEngineConfig, searchEngineFor } from '../../../search/search-engine';
import { publicProcedure } from '../../init';
import { searchProductsInputSchema, searchProductsOutputSchema } from './products.types';

/** The storefront's product search, on whichever engine the shop is configured with. */
export const productsProcedure = publicProcedure
  .input(searchProductsInputSchema)
  .output(searchProductsOutputSchema)
  .query(async ({ ctx, input }) => {
    // Read before searching, so the answer never claims more than the hits hold.
    const checkpoint = await getSearchCheckpoint({ ...searchEngineConfig, prisma: ctx.prisma });
    const result = await searchEngineFor(ctx.prisma).search(input);
    return {
      ...result,
      hits: result.hits.map((hit) => ({ ...hit, formattedPrice: formatMoney(hit.price) })),
      checkpoint,
    };
  });
