import { getShopperCart, shopperCartResultSchema } from '@shop/read-models';
import { shopperProcedure } from '../../init';

/** The signed-in shopper's open cart: no input, since whose cart it is comes from the session. */
export const mineProcedure = shopperProcedure
  .output(shopperCartResultSchema)
  .query(({ ctx }) => getShopperCart(ctx.prisma, { customerId: ctx.session.customerId }));
