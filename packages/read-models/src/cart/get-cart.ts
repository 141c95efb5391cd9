import { moneySchema, totalOf } from '@shop/domain';
import { z } from 'zod';
import type { ReadModelsPrisma } from '../prisma';
import { readModelCheckpoint, readModelCheckpointSchema } from '../shared/checkpoint';
import { readProjection } from '../shared/read-projection';
import type { CartRow } from './cart.projection';
import { cartFromColumns, cartProjectionName, cartSelect } from './cart.store';

export const getCartInputSchema = z.object({ cartId: z.uuid() });
export type GetCartInput = z.input<typeof getCartInputSchema>;

export const cartLineViewSchema = z.object({
  productId: z.uuid(),
  name: z.string(),
  unitPrice: moneySchema,
  quantity: z.number().int().positive(),
  lineTotal: moneySchema,
});

export const cartViewSchema = z.object({
  cartId: z.uuid(),
  status: z.enum(['Open', 'CheckedOut']),
  lines: z.array(cartLineViewSchema),
  itemCount: z.number().int().nonnegative(),
  /** Null for an empty cart: it has no currency yet. */
  total: moneySchema.nullable(),
  /** The order the cart became, once checked out. */
  orderId: z.uuid().nullable(),
  updatedAt: z.date(),
});
export type CartView = z.infer<typeof cartViewSchema>;

export const cartResultSchema = z.object({
  /** Null for a cart nobody has put anything in (as far as this read model has read). */
  cart: cartViewSchema.nullable(),
  checkpoint: readModelCheckpointSchema,
});
export type CartResult = z.infer<typeof cartResultSchema>;

export function cartView({ cartId, status, lines, orderId, updatedAt }: CartRow): CartView {
  const currency = lines[0]?.unitPrice.currency;
  return {
    cartId,
    status,
    lines: lines.map((line) => ({ ...line, lineTotal: totalOf(line.unitPrice.currency, [line]) })),
    itemCount: lines.reduce((count, line) => count + line.quantity, 0),
    total: currency === undefined ? null : totalOf(currency, lines),
    orderId,
    updatedAt,
  };
}

/** A cart with its lines and total, with the checkpoint it reflects. */
export async function getCart(prisma: ReadModelsPrisma, input: GetCartInput): Promise<CartResult> {
  const { cartId } = getCartInputSchema.parse(input);
  return readProjection(prisma, cartProjectionName, async (tx, generation) => {
    const columns = await tx.cartView.findUnique({
      where: { generation_cartId: { generation, cartId } },
      select: cartSelect,
    });
    return { cart: columns && cartView(cartFromColumns(columns)) };
  });
}

export const getCartCheckpoint = (prisma: ReadModelsPrisma) =>
  readModelCheckpoint(prisma, cartProjectionName);
