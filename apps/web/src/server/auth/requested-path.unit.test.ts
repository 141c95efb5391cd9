import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { requestedPathOf } from './requested-path';

const pathOf = (url: string) => requestedPathOf(new NextRequest(url));

describe('the requested path', () => {
  it('is the path and query asked for, without the host', () => {
    expect(pathOf('http://shop.test/admin/orders?status=Paid&status=Shipped')).toBe(
      '/admin/orders?status=Paid&status=Shipped',
    );
    expect(pathOf('http://shop.test/admin')).toBe('/admin');
  });

  it("leaves out Next's own parameters of a client navigation", () => {
    expect(pathOf('http://shop.test/admin/orders?_rsc=1x2y&status=Paid')).toBe(
      '/admin/orders?status=Paid',
    );
    expect(pathOf('http://shop.test/admin/projections?_rsc=1x2y')).toBe('/admin/projections');
  });
});
