import { describe, expect, it } from 'vitest';
import { adjustStockInputSchema, receiveStockInputSchema, reserveStockSchema } from './index';

const productId = '5d1c7a2e-8f3b-4c6d-9e0a-1b2c3d4e5f60';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : (result.error?.issues.map((issue) => issue.message) ?? []);

describe('inventory inputs', () => {
  it('reads quantities typed in a form', () => {
    expect(receiveStockInputSchema.parse({ productId, quantity: ' 12 ' })).toEqual({
      productId,
      quantity: 12,
    });
    expect(
      adjustStockInputSchema.parse({ productId, countedOnHand: '0', reason: ' Lost ' }),
    ).toEqual({ productId, countedOnHand: 0, reason: 'Lost' });
  });

  it('explains what is wrong', () => {
    const receive = (quantity: unknown) =>
      messages(receiveStockInputSchema.safeParse({ productId, quantity }));
    expect(receive('0')).toEqual(['Quantity must be at least 1']);
    expect(receive('2.5')).toEqual(['Quantity must be a whole number']);
    expect(receive('')).toEqual(['Quantity must be a whole number']);
    expect(receive(1_000_001)).toEqual(['Quantity must be at most 1000000']);
    expect(
      messages(adjustStockInputSchema.safeParse({ productId, countedOnHand: '-1', reason: '' })),
    ).toEqual(['Counted quantity must be a whole number', 'Reason is required']);
  });

  it('refuses a command with a non-positive or fractional quantity', () => {
    for (const quantity of [0, -1, 1.5]) {
      const command = {
        type: 'ReserveStock',
        data: { productId, orderId: productId, quantity },
      };
      expect(reserveStockSchema.safeParse(command).success).toBe(false);
    }
  });
});
