import { formatMoney } from '@shop/domain';
import { listCatalog } from '@shop/read-models';
import { publicProcedure } from '../../init';
import { hasReached } from './consistency';
import { catalogListInputSchema, catalogListOutputSchema } from './list.types';

export const listProcedure = publicProcedure
  .input(catalogListInputSchema)
  .output(catalogListOutputSchema)
  .query(async ({ ctx, input }) => {
    const { awaiting, ...query } = input;
    const { products, page, checkpoint } = await listCatalog(ctx.prisma, query);
    return {
      products: products.map((product) => ({
        ...product,
        formattedPrice: formatMoney(product.price),
      })),
      page,
      checkpoint,
      reached: hasReached(checkpoint, awaiting),
    };
  });
