import { z } from 'zod';
import { shippingAddressSchema } from '../shared/shipping-address';
import { positiveMoneySchema } from '../shared/money';
import {
  cartIdSchema,
  customerIdSchema,
  orderIdSchema,
  productIdSchema,
  productNameSchema,
  quantitySchema,
} from './cart.fields';

const command = <const Type extends string, Data extends z.ZodType>(type: Type, data: Data) =>
  z.object({ type: z.literal(type), data });

/**
 * The name and unit price are the ones the shopper was shown: they arrive with the command
 * because the domain never reads projections. The caller looks them up on the server.
 */
export const addItemSchema = command(
  'AddItem',
  z.object({
    cartId: cartIdSchema,
    productId: productIdSchema,
    name: productNameSchema,
    unitPrice: positiveMoneySchema,
    quantity: quantitySchema,
  }),
);
export type AddItem = z.infer<typeof addItemSchema>;

/** Sets the line's quantity; removing a line is RemoveItem (one meaning per command and event). */
export const changeQuantitySchema = command(
  'ChangeQuantity',
  z.object({ cartId: cartIdSchema, productId: productIdSchema, quantity: quantitySchema }),
);
export type ChangeQuantity = z.infer<typeof changeQuantitySchema>;

export const removeItemSchema = command(
  'RemoveItem',
  z.object({ cartId: cartIdSchema, productId: productIdSchema }),
);
export type RemoveItem = z.infer<typeof removeItemSchema>;

/**
 * `orderId` is chosen by the caller, so a retried checkout names the same order; `checkedOutAt`
 * is the caller's clock reading (decide is pure). `customerId` is null for a guest.
 */
export const checkOutDataSchema = z.object({
  cartId: cartIdSchema,
  orderId: orderIdSchema,
  customerId: customerIdSchema.nullable(),
  shippingAddress: shippingAddressSchema,
  checkedOutAt: z.iso.datetime({ offset: true, error: 'Checkout time must be an ISO date-time' }),
});
export const checkOutSchema = command('CheckOut', checkOutDataSchema);
export type CheckOut = z.infer<typeof checkOutSchema>;

export const cartCommandSchema = z.discriminatedUnion('type', [
  addItemSchema,
  changeQuantitySchema,
  removeItemSchema,
  checkOutSchema,
]);
export type CartCommand = z.infer<typeof cartCommandSchema>;
