import { formatMoney } from '@shop/domain';
import { listCatalog } from '@shop/read-models';
import { publicProcedure } from '../../init';
import { catalogListInputSchema, catalogListOutputSchema } from './list.types';

export const listProcedure = publicProcedure
  .input(catalogListInputSchema)
  .output(catalogListOutputSchema)
  .query(async ({ ctx, input }) => {
    const { products, page, categories, checkpoint } = await listCatalog(ctx.prisma, input);
    return {
      products: products.map((product) => ({
        ...product,
        formattedPrice: formatMoney(product.price),
      })),
      page,
      categories,
      checkpoint,
    };
  });
