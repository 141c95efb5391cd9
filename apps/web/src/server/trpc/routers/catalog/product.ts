import { formatMoney } from '@shop/domain';
import { getProductDetail } from '@shop/read-models';
import { publicProcedure } from '../../init';
import { catalogProductInputSchema, catalogProductOutputSchema } from './product.types';

/** One product for its page, from the product-detail read model. */
export const productProcedure = publicProcedure
  .input(catalogProductInputSchema)
  .output(catalogProductOutputSchema)
  .query(async ({ ctx, input }) => {
    const { product, checkpoint } = await getProductDetail(ctx.prisma, input);
    return {
      product: product && { ...product, formattedPrice: formatMoney(product.price) },
      checkpoint,
    };
  });
