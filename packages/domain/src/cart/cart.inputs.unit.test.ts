import { describe, expect, it } from 'vitest';
import {
  addItemSchema,
  addToCartFormSchema,
  addToCartInputSchema,
  changeCartQuantityInputSchema,
  checkOutInputSchema,
} from './index';

const cartId = 'c0c0c0c0-0000-4000-8000-000000000001';
const productId = 'a1a1a1a1-0000-4000-8000-000000000001';
const orderId = '0d0d0d0d-0000-4000-8000-000000000001';

function fieldMessages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  const issues = result.success ? [] : (result.error?.issues ?? []);
  return issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('add to cart', () => {
  it('reads a quantity typed in a form, one by default', () => {
    expect(addToCartFormSchema.parse({ cartId, productId })).toEqual({
      cartId,
      productId,
      quantity: 1,
    });
    expect(addToCartFormSchema.parse({ cartId, productId, quantity: ' 3 ' }).quantity).toBe(3);
  });

  it('explains a bad quantity', () => {
    const quantity = (value: unknown) =>
      fieldMessages(addToCartFormSchema.safeParse({ cartId, productId, quantity: value }));
    expect(quantity('0')).toEqual(['quantity: Quantity must be at least 1']);
    expect(quantity('100')).toEqual(['quantity: Quantity must be at most 99']);
    expect(quantity('two')).toEqual(['quantity: Quantity must be a whole number']);
    expect(quantity(1.5)).toEqual(['quantity: Quantity must be a whole number']);
    expect(quantity(true)).toEqual(['quantity: Quantity must be a whole number']);
  });

  it('needs the product as the server showed it, with a positive price', () => {
    expect(
      fieldMessages(
        addToCartInputSchema.safeParse({
          cartId,
          productId,
          productName: ' ',
          unitPrice: { amountMinor: 0, currency: 'EUR' },
        }),
      ),
    ).toEqual([
      'productName: Product name is required',
      'unitPrice.amountMinor: Price must be greater than zero',
    ]);
  });

  it('refuses a command with a quantity out of bounds', () => {
    const command = (quantity: number) => ({
      type: 'AddItem',
      data: {
        cartId,
        productId,
        name: 'Lamp',
        unitPrice: { amountMinor: 1, currency: 'EUR' },
        quantity,
      },
    });
    expect(addItemSchema.safeParse(command(1)).success).toBe(true);
    for (const quantity of [0, 100, 2.5]) {
      expect(addItemSchema.safeParse(command(quantity)).success).toBe(false);
    }
  });

  it('refuses a quantity of zero when changing one: removing is its own command', () => {
    expect(
      fieldMessages(changeCartQuantityInputSchema.safeParse({ cartId, productId, quantity: '0' })),
    ).toEqual(['quantity: Quantity must be at least 1']);
  });
});

describe('checkout form', () => {
  const address = {
    recipient: ' Ada Lovelace ',
    line1: '12 St James Square',
    postalCode: 'SW1Y 4JH',
    city: 'London',
    country: 'gb',
  };

  it('normalises the address and defaults a guest', () => {
    expect(checkOutInputSchema.parse({ cartId, orderId, shippingAddress: address })).toEqual({
      cartId,
      orderId,
      customerId: null,
      shippingAddress: { ...address, recipient: 'Ada Lovelace', line2: '', country: 'GB' },
    });
  });

  it('names each missing or malformed field', () => {
    const result = checkOutInputSchema.safeParse({
      cartId,
      orderId: 'not-a-uuid',
      shippingAddress: { recipient: '', line1: '', postalCode: '#1', city: '', country: 'Germany' },
    });
    expect(fieldMessages(result)).toEqual([
      'orderId: Order id must be a UUID',
      'shippingAddress.recipient: Recipient is required',
      'shippingAddress.line1: Street address is required',
      'shippingAddress.postalCode: Postal code may use letters, digits, spaces and dashes',
      'shippingAddress.city: City is required',
      'shippingAddress.country: Country must be a two-letter code such as DE',
    ]);
  });
});
