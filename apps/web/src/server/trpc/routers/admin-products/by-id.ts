import { formatMoney } from '@shop/domain';
import { getProductDetail } from '@shop/read-models';
import { adminProcedure } from '../../init';
import { adminProductByIdInputSchema, adminProductByIdOutputSchema } from './by-id.types';
import { priceText } from './price-text';

export const byIdProcedure = adminProcedure
  .input(adminProductByIdInputSchema)
  .output(adminProductByIdOutputSchema)
  .query(async ({ ctx, input }) => {
    const { product, checkpoint } = await getProductDetail(ctx.prisma, input);
    return {
      product: product && {
        ...product,
        formattedPrice: formatMoney(product.price),
        priceText: priceText(product.price),
      },
      checkpoint,
    };
  });
