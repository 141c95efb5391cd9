import { formatMoney } from '@shop/domain';
import { listCatalogProducts } from '@shop/read-models';
import { publicProcedure } from '../../init';
import { hasReached } from './consistency';
import { catalogListInputSchema, catalogListOutputSchema } from './list.types';

export const listProcedure = publicProcedure
  .input(catalogListInputSchema)
  .output(catalogListOutputSchema)
  .query(async ({ ctx, input }) => {
    const { products, checkpoint } = await listCatalogProducts(ctx.prisma);
    return {
      products: products.map((product) => ({
        ...product,
        formattedPrice: formatMoney(product.price),
      })),
      checkpoint,
      reached: hasReached(checkpoint, input.awaiting),
    };
  });
