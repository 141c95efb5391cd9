import { z } from 'zod';
import { recordedLineItemSchema } from '../shared/line-item';
import { recordedAddressSchema } from '../shared/shipping-address';
import { eventCodec, type EventOf } from '../shared/event-codec';
import { defineEvent } from '../shared/event-definition';
import { moneySchema } from '../shared/money';

// Shape only, as every stored payload: business rules live in the commands.
const cartId = z.uuid();
const productId = z.uuid();
const quantity = z.number().int().positive();

/** Adding a product already in the cart adds to its quantity and takes the newly shown price. */
export const cartItemAdded = defineEvent(
  'CartItemAdded',
  z.object({ cartId, productId, name: z.string().min(1), unitPrice: moneySchema, quantity }),
);

export const cartItemQuantityChanged = defineEvent(
  'CartItemQuantityChanged',
  z.object({ cartId, productId, quantity }),
);

export const cartItemRemoved = defineEvent('CartItemRemoved', z.object({ cartId, productId }));

/** The lines at the prices charged, and the order they become: the checkout's durable intent. */
export const cartCheckedOut = defineEvent(
  'CartCheckedOut',
  z.object({
    cartId,
    orderId: z.uuid(),
    customerId: z.uuid().nullable(),
    lines: z.array(recordedLineItemSchema).min(1),
    shippingAddress: recordedAddressSchema,
    total: moneySchema,
    checkedOutAt: z.iso.datetime({ offset: true }),
  }),
);

export const cartEventCodec = eventCodec([
  cartItemAdded,
  cartItemQuantityChanged,
  cartItemRemoved,
  cartCheckedOut,
]);

export type CartItemAdded = EventOf<typeof cartItemAdded>;
export type CartItemQuantityChanged = EventOf<typeof cartItemQuantityChanged>;
export type CartItemRemoved = EventOf<typeof cartItemRemoved>;
export type CartCheckedOut = EventOf<typeof cartCheckedOut>;
export type CartEvent = CartItemAdded | CartItemQuantityChanged | CartItemRemoved | CartCheckedOut;
