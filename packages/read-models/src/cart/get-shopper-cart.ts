import { firstOpenSequence, shopperCartId } from '@shop/domain';
import { z } from 'zod';
import type { ReadModelsPrisma, ReadModelsTransaction } from '../prisma';
import { readModelCheckpointSchema } from '../shared/checkpoint';
import { readProjection } from '../shared/read-projection';
import { cartView, cartViewSchema } from './get-cart';
import { cartFromColumns, cartProjectionName, cartSelect } from './cart.store';

/** `customerId` is the signed-in shopper's: the caller takes it from the session, never the client. */
export const getShopperCartInputSchema = z.object({ customerId: z.uuid() });
export type GetShopperCartInput = z.input<typeof getShopperCartInputSchema>;

export const shopperCartResultSchema = z.object({
  /** The shopper's open cart, as far as this read model has read (see the domain's shopper-carts). */
  cartId: z.uuid(),
  /** Null while the open cart has no events: it is empty. */
  cart: cartViewSchema.nullable(),
  checkpoint: readModelCheckpointSchema,
});
export type ShopperCartResult = z.infer<typeof shopperCartResultSchema>;

/**
 * Cart n counts as closed when its row is checked out, or when cart n+1 already has a row: carts
 * sit on different partitions, so the next cart's first event can be read before this one's
 * checkout, and the shopper is past this cart either way.
 */
async function isClosed(
  tx: ReadModelsTransaction,
  generation: number,
  customerId: string,
  sequence: number,
): Promise<boolean> {
  const cartId = shopperCartId(customerId, sequence);
  const nextId = shopperCartId(customerId, sequence + 1);
  const rows = await tx.cartView.findMany({
    where: { generation, cartId: { in: [cartId, nextId] } },
    select: { cartId: true, status: true },
  });
  return rows.some((row) => row.cartId === nextId || row.status === 'CheckedOut');
}

/** The signed-in shopper's open cart with its lines and total, and the checkpoint it reflects. */
export async function getShopperCart(
  prisma: ReadModelsPrisma,
  input: GetShopperCartInput,
): Promise<ShopperCartResult> {
  const { customerId } = getShopperCartInputSchema.parse(input);
  return readProjection(prisma, cartProjectionName, async (tx, generation) => {
    const sequence = await firstOpenSequence((n) => isClosed(tx, generation, customerId, n));
    const cartId = shopperCartId(customerId, sequence);
    const columns = await tx.cartView.findUnique({
      where: { generation_cartId: { generation, cartId } },
      select: cartSelect,
    });
    return { cartId, cart: columns && cartView(cartFromColumns(columns)) };
  });
}
