import { describe, expect, it } from 'vitest';
import { placeOrderSchema, refundOrderInputSchema, shipOrderSchema } from './index';
import { eur, orderId, placeOrder, refundId } from './test-support/order-history';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : (result.error?.issues.map((issue) => issue.message) ?? []);

describe('PlaceOrder validation', () => {
  it('accepts lines that add up to the total', () => {
    expect(placeOrderSchema.safeParse(placeOrder).success).toBe(true);
  });

  it('refuses a total that is not the sum of the lines, or in another currency', () => {
    for (const total of [eur(2_999), { amountMinor: 3_000, currency: 'USD' }]) {
      const result = placeOrderSchema.safeParse({
        ...placeOrder,
        data: { ...placeOrder.data, total },
      });
      expect(messages(result)).toEqual([
        'The total must be the sum of the lines, all in one currency',
      ]);
    }
  });

  it('refuses an order without lines', () => {
    const result = placeOrderSchema.safeParse({
      ...placeOrder,
      data: { ...placeOrder.data, lines: [] },
    });
    expect(messages(result)).toContain('An order needs at least one line');
  });
});

describe('admin order forms', () => {
  it('reads a refund typed as an amount', () => {
    expect(
      refundOrderInputSchema.parse({ orderId, refundId, amount: '12.5', reason: 'Broken' }),
    ).toEqual({ orderId, refundId, amount: 1_250, currency: 'EUR', reason: 'Broken' });
  });

  it('explains what is wrong with a shipment', () => {
    const result = shipOrderSchema.safeParse({
      type: 'ShipOrder',
      data: { orderId, carrier: ' ', trackingNumber: 'JD 0001' },
    });
    expect(messages(result)).toEqual([
      'Carrier is required',
      'Tracking number may use letters, digits and dashes',
    ]);
  });
});
