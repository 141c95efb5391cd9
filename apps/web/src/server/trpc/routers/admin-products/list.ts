import { listInventoryLevels } from '@shop/read-models';
import { adminProcedure } from '../../init';
import { adminProductsListInputSchema, adminProductsListOutputSchema } from './list.types';

export const listProcedure = adminProcedure
  .input(adminProductsListInputSchema)
  .output(adminProductsListOutputSchema)
  .query(({ ctx, input }) => listInventoryLevels(ctx.prisma, input));
