import { cartStreamCategory, recordedLineItemSchema } from '@shop/domain';
import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client';
import type { PostgresProjection } from '../runtime/projection';
import type { RowTable } from '../shared/row-table';
import { streamRowProjection } from '../shared/stream-row-projection';
import { parseColumn } from '../shared/stored-row';
import { cartEventTypes, evolveCart, type CartRow } from './cart.projection';

export const cartProjectionName = 'cart';

export const cartSelect = {
  cartId: true,
  status: true,
  lines: true,
  orderId: true,
  customerId: true,
  version: true,
  updatedAt: true,
} satisfies Prisma.CartViewSelect;

const storedCartSchema = z.object({
  status: z.enum(['Open', 'CheckedOut']),
  lines: z.array(recordedLineItemSchema),
});

export function cartFromColumns(
  columns: Prisma.CartViewGetPayload<{ select: typeof cartSelect }>,
): CartRow {
  const { status, lines } = parseColumn(storedCartSchema, columns, 'carts.lines');
  return { ...columns, status, lines };
}

const cartTable: RowTable<CartRow> = {
  async load(tx, generation, cartId) {
    const columns = await tx.cartView.findUnique({
      where: { generation_cartId: { generation, cartId } },
      select: cartSelect,
    });
    return columns && cartFromColumns(columns);
  },
  async save(tx, generation, row) {
    const columns = { ...row, lines: [...row.lines] };
    await tx.cartView.upsert({
      where: { generation_cartId: { generation, cartId: row.cartId } },
      create: { generation, ...columns },
      update: columns,
      select: { cartId: true },
    });
  },
  async dropGeneration(tx, generation) {
    await tx.cartView.deleteMany({ where: { generation } });
  },
};

/** Each shopper's cart, fed by cart events. */
export const cartProjection: PostgresProjection = streamRowProjection({
  name: cartProjectionName,
  category: cartStreamCategory,
  handles: cartEventTypes,
  evolve: evolveCart,
  table: cartTable,
});
