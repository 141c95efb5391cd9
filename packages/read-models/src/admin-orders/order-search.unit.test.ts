import { describe, expect, it } from 'vitest';
import { orderIdRange, orderSearchWhere } from './order-search';

describe('orderIdRange', () => {
  it('turns the first digits of an id into the range of ids that start with them', () => {
    expect(orderIdRange('3F9A0C12')).toEqual({
      gte: '3f9a0c12-0000-0000-0000-000000000000',
      lte: '3f9a0c12-ffff-ffff-ffff-ffffffffffff',
    });
    expect(orderIdRange(' 3f9a0c12-7b ')).toEqual({
      gte: '3f9a0c12-7b00-0000-0000-000000000000',
      lte: '3f9a0c12-7bff-ffff-ffff-ffffffffffff',
    });
  });

  it('is one id for a whole id', () => {
    const id = '0b7f1d4e-8a2c-4c6e-9f10-1a2b3c4d5e01';
    expect(orderIdRange(id)).toEqual({ gte: id, lte: id });
  });

  it('is null for text that cannot start an id, or says too little', () => {
    expect(orderIdRange('ada@shop')).toBeNull();
    expect(orderIdRange('abc')).toBeNull();
    expect(orderIdRange(`${'a'.repeat(33)}`)).toBeNull();
  });
});

describe('orderSearchWhere', () => {
  it('searches emails only when the text cannot be an id', () => {
    expect(orderSearchWhere('grace@')).toEqual({
      customerEmail: { contains: 'grace@', mode: 'insensitive' },
    });
  });

  it('searches both when the text could be either', () => {
    expect(orderSearchWhere('beef')).toEqual({
      OR: [
        {
          orderId: {
            gte: 'beef0000-0000-0000-0000-000000000000',
            lte: 'beefffff-ffff-ffff-ffff-ffffffffffff',
          },
        },
        { customerEmail: { contains: 'beef', mode: 'insensitive' } },
      ],
    });
  });
});
