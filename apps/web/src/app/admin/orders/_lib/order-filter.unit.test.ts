import { describe, expect, it } from 'vitest';
import { isFiltered, listInputOf, orderFilterFrom, ordersHref } from './order-filter';

const customerId = '0b7f1d4e-8a2c-4c6e-9f10-1a2b3c4d5e01';

describe('orderFilterFrom', () => {
  it('reads every filter from the URL', () => {
    expect(
      orderFilterFrom({
        status: ['Shipped', 'Delivered'],
        customer: customerId.toUpperCase(),
        from: '2026-11-01',
        to: '2026-11-30',
        q: '  ada@  ',
        page: '2',
      }),
    ).toEqual({
      statuses: ['Shipped', 'Delivered'],
      customerId,
      from: '2026-11-01',
      to: '2026-11-30',
      search: 'ada@',
      page: 2,
    });
  });

  it('leaves out what cannot be a filter, and turns an inverted range round', () => {
    expect(
      orderFilterFrom({
        status: ['Lost', 'Paid'],
        customer: 'someone',
        from: '2026-12-01',
        to: '2026-11-01',
        q: '   ',
      }),
    ).toEqual({
      statuses: ['Paid'],
      customerId: null,
      from: '2026-11-01',
      to: '2026-12-01',
      search: null,
      page: 1,
    });
    expect(orderFilterFrom({ from: '2026-02-30', to: 'yesterday' })).toMatchObject({
      from: null,
      to: null,
    });
  });
});

describe('listInputOf', () => {
  it('asks for whole days, the last one included', () => {
    const filter = orderFilterFrom({ from: '2026-11-01', to: '2026-11-30', status: 'Paid' });
    expect(listInputOf(filter)).toEqual({
      page: 1,
      pageSize: 20,
      statuses: ['Paid'],
      customerId: undefined,
      placedFrom: new Date('2026-11-01T00:00:00.000Z'),
      placedBefore: new Date('2026-12-01T00:00:00.000Z'),
      search: undefined,
    });
  });
});

describe('ordersHref', () => {
  it('writes the filters back, with changes, defaults left out', () => {
    const filter = orderFilterFrom({ status: ['Shipped', 'Paid'], q: 'ada', page: '3' });
    expect(ordersHref(filter)).toBe('/admin/orders?status=Paid&status=Shipped&q=ada&page=3');
    expect(ordersHref(filter, { page: 1, customerId })).toBe(
      `/admin/orders?status=Paid&status=Shipped&customer=${customerId}&q=ada`,
    );
    expect(isFiltered(filter)).toBe(true);
    expect(ordersHref(orderFilterFrom({}))).toBe('/admin/orders');
    expect(isFiltered(orderFilterFrom({ page: '2' }))).toBe(false);
  });
});
