import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client';
import type { ReadModelsPrisma } from '../prisma';
import { readModelCheckpoint, readModelCheckpointSchema } from '../shared/checkpoint';
import { pageInfo, pageInfoSchema, pageInputSchema, skipTake } from '../shared/page';
import { productStatusOf, productStatusSchema } from '../shared/product-status';
import { readProjection } from '../shared/read-projection';
import { availableOf } from '../shared/stock-level';
import {
  inventoryLevelFromColumns,
  inventoryLevelSelect,
  inventoryLevelsProjectionName,
} from './inventory-level.store';

export const listInventoryLevelsInputSchema = pageInputSchema.extend({
  /** `onHand`: the emptiest shelves first. */
  sort: z.enum(['name', 'onHand']).default('name'),
});
export type ListInventoryLevelsInput = z.input<typeof listInventoryLevelsInputSchema>;

export const inventoryLevelViewSchema = z.object({
  productId: z.uuid(),
  /** Null while only the stock is known (the product not added, as far as read). */
  productName: z.string().nullable(),
  productStatus: productStatusSchema,
  onHand: z.number().int(),
  reserved: z.number().int(),
  available: z.number().int().nonnegative(),
  updatedAt: z.date(),
});
export type InventoryLevelView = z.infer<typeof inventoryLevelViewSchema>;

export const inventoryLevelsPageSchema = z.object({
  levels: z.array(inventoryLevelViewSchema),
  page: pageInfoSchema,
  checkpoint: readModelCheckpointSchema,
});
export type InventoryLevelsPage = z.infer<typeof inventoryLevelsPageSchema>;

const orderBy = {
  name: [{ productName: { sort: 'asc', nulls: 'last' } }, { productId: 'asc' }],
  onHand: [{ onHand: 'asc' }, { productId: 'asc' }],
} satisfies Record<string, Prisma.InventoryLevelOrderByWithRelationInput[]>;

/** Every product's stock, a page at a time, with the checkpoint it reflects. */
export async function listInventoryLevels(
  prisma: ReadModelsPrisma,
  input: ListInventoryLevelsInput = {},
): Promise<InventoryLevelsPage> {
  const query = listInventoryLevelsInputSchema.parse(input);
  return readProjection(prisma, inventoryLevelsProjectionName, async (tx, generation) => {
    const [rows, totalItems] = await Promise.all([
      tx.inventoryLevel.findMany({
        where: { generation },
        select: inventoryLevelSelect,
        orderBy: orderBy[query.sort],
        ...skipTake(query),
      }),
      tx.inventoryLevel.count({ where: { generation } }),
    ]);
    const levels = rows.map((columns) => {
      const row = inventoryLevelFromColumns(columns);
      return {
        productId: row.productId,
        productName: row.product?.name ?? null,
        productStatus: productStatusOf(row.product),
        ...row.stock,
        available: availableOf(row.stock),
        updatedAt: row.updatedAt,
      };
    });
    return { levels, page: pageInfo(query, totalItems) };
  });
}

export const getInventoryLevelsCheckpoint = (prisma: ReadModelsPrisma) =>
  readModelCheckpoint(prisma, inventoryLevelsProjectionName);
