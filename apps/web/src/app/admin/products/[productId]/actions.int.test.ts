import { randomUUID } from 'node:crypto';
import { inventoryStreamId, productStreamId } from '@shop/domain';
import { inventoryLevelsProjection, productDetailProjection } from '@shop/read-models';
import type * as ProductActions from './actions';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  adminSession,
  nextHeadersMock,
  adminTestWorldPerFile,
  shopperSession,
  signInAs,
} from '../../_lib/test-support/admin-test-world';
import { formData, listedProduct } from '../../_lib/test-support/shop-history';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', () => nextHeadersMock);

const world = adminTestWorldPerFile();
let actions: typeof ProductActions;
let productId: string;

beforeAll(async () => {
  actions = await import('./actions');
});
beforeEach(async () => {
  ({ productId } = await listedProduct(world().deps));
  signInAs(adminSession);
});

const details = (fields: Record<string, string> = {}) =>
  formData({
    productId,
    name: 'Walnut desk lamp',
    description: 'Warm light',
    category: 'lighting',
    tags: '',
    ...fields,
  });

async function product() {
  await world().project(productDetailProjection);
  const { product: shown } = await world().caller(adminSession).adminProducts.byId({ productId });
  return shown;
}

describe('the product page actions', () => {
  it('edit the details in one form: only what changed is written, under one correlation', async () => {
    const before = await world().countEvents();
    const edited = await actions.editProductDetailsAction(
      null,
      details({ name: 'Oiled walnut lamp', category: 'Home Decor', tags: 'Gift, walnut, gift' }),
    );
    expect(edited).toEqual({
      ok: true,
      streamId: productStreamId(productId),
      position: expect.stringMatching(/^\d+:\d+$/),
    });
    const { rows } = await world().pool.query<{ type: string; correlation: string }>(
      `SELECT type, metadata->>'correlationId' AS correlation FROM events
       WHERE stream_id = $1 ORDER BY stream_version OFFSET 1`,
      [productStreamId(productId)],
    );
    expect(rows.map((row) => row.type)).toEqual([
      'ProductRenamed',
      'ProductCategorised',
      'ProductTagsSet',
    ]);
    expect(new Set(rows.map((row) => row.correlation)).size).toBe(1);
    expect(await world().countEvents()).toBe(before + 3);
    expect(await product()).toMatchObject({
      name: 'Oiled walnut lamp',
      category: 'home-decor',
      tags: ['gift', 'walnut'],
    });
    // The same form again changes nothing, and has nothing to wait for.
    const again = await actions.editProductDetailsAction(
      null,
      details({ name: 'Oiled walnut lamp', category: 'home-decor', tags: 'gift, walnut' }),
    );
    expect(again).toMatchObject({ ok: true, position: null });
    expect(await world().countEvents()).toBe(before + 3);
  });

  it('reprice, receive stock and discontinue', async () => {
    expect(
      await actions.repriceProductAction(
        null,
        formData({ productId, price: '64.5', currency: 'EUR' }),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await actions.receiveStockAction(null, formData({ productId, quantity: '12' })),
    ).toMatchObject({ ok: true, streamId: inventoryStreamId(productId) });
    expect(await product()).toMatchObject({
      formattedPrice: '€64.50',
      priceText: '64.50',
      available: 22,
    });
    await world().project(inventoryLevelsProjection);
    const { levels } = await world().caller(adminSession).adminProducts.list({ pageSize: 100 });
    expect(levels.find((level) => level.productId === productId)).toMatchObject({
      onHand: 22,
      available: 22,
      productStatus: 'Listed',
    });

    expect(
      await actions.discontinueProductAction(
        null,
        formData({ productId, reason: 'Out of fashion' }),
      ),
    ).toMatchObject({ ok: true });
    expect(await product()).toMatchObject({ discontinued: true, inStock: false });
    expect(
      await actions.repriceProductAction(
        null,
        formData({ productId, price: '10', currency: 'EUR' }),
      ),
    ).toEqual({
      ok: false,
      message: 'Walnut desk lamp is discontinued and can no longer be changed.',
      fieldErrors: {},
    });
  });

  it('refuse bad and tampered input field by field, and store nothing', async () => {
    const before = await world().countEvents();
    expect(
      await actions.editProductDetailsAction(
        null,
        details({ name: ' ', category: 'a b!', tags: 'x'.repeat(31) }),
      ),
    ).toMatchObject({
      ok: false,
      message: 'Please correct the highlighted fields.',
      fieldErrors: {
        name: ['Name is required'],
        category: ['Category may use letters, digits and single dashes, such as home-decor'],
        'tags.0': ['A tag must be at most 30 characters'],
      },
    });
    expect(
      await actions.receiveStockAction(null, formData({ productId, quantity: '-3' })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { quantity: [expect.stringContaining('Quantity')] },
    });
    expect(
      await actions.repriceProductAction(
        null,
        formData({ productId, price: '0', currency: 'EUR' }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { price: ['Price must be greater than zero'] } });
    expect(
      await actions.repriceProductAction(
        null,
        formData({ productId, price: '12', currency: 'USD' }),
      ),
    ).toMatchObject({ ok: false, message: expect.stringContaining('priced in EUR') });
    const unknown = randomUUID();
    expect(await actions.discontinueProductAction(null, formData({ productId: unknown }))).toEqual({
      ok: false,
      message: `There is no product ${unknown} in the catalog.`,
      fieldErrors: {},
    });
    expect(await world().countEvents()).toBe(before);
  });

  for (const [who, session] of [
    ['an anonymous visitor', null],
    ['a signed-in shopper', shopperSession],
  ] as const) {
    it(`refuse ${who} every action, and store nothing`, async () => {
      signInAs(session);
      const before = await world().countEvents();
      const refusals = await Promise.all([
        actions.editProductDetailsAction(null, details({ name: 'Stolen lamp' })),
        actions.repriceProductAction(null, formData({ productId, price: '1', currency: 'EUR' })),
        actions.receiveStockAction(null, formData({ productId, quantity: '5' })),
        actions.discontinueProductAction(null, formData({ productId })),
      ]);
      for (const refusal of refusals) expect(refusal).toMatchObject({ ok: false, fieldErrors: {} });
      expect(refusals.map((refusal) => !refusal.ok && refusal.message)).toEqual(
        Array(4).fill('Only a signed-in admin can do this. Sign in as an admin and try again.'),
      );
      expect(await world().countEvents()).toBe(before);
    });
  }
});
