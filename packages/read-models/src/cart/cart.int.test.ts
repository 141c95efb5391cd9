import { randomUUID } from 'node:crypto';
import { cartStreamCategory } from '@shop/domain';
import { describe, expect, it } from 'vitest';
import { eur } from '../shared/test-support/payloads';
import { useReadModelDatabase } from '../shared/test-support/read-model-database';
import { testStream } from '../shared/test-support/recorded-events';
import { applyEvents, recordCheckpoint } from '../test-support/apply-events';
import { cartProjection, cartProjectionName } from './cart.store';
import { getCart } from './get-cart';

const db = useReadModelDatabase();

describe('cart on Postgres', () => {
  it('answers the lines, their totals and the cart total, with the checkpoint', async () => {
    const stream = testStream(cartStreamCategory);
    const cartId = stream.id;
    const [lamp, mug] = [randomUUID(), randomUUID()];
    const [lampAdded, mugAdded] = [
      stream.event('CartItemAdded', {
        cartId,
        productId: lamp,
        name: 'Lamp',
        unitPrice: eur(1_250),
        quantity: 2,
      }),
      stream.event('CartItemAdded', {
        cartId,
        productId: mug,
        name: 'Mug',
        unitPrice: eur(800),
        quantity: 1,
      }),
    ];
    await applyEvents(db.prisma, cartProjection, [lampAdded, mugAdded]);
    await applyEvents(db.prisma, cartProjection, [lampAdded, mugAdded]); // a replay changes nothing
    await recordCheckpoint(db.prisma, cartProjectionName, 5, mugAdded);

    expect(await getCart(db.prisma, { cartId })).toEqual({
      cart: {
        cartId,
        status: 'Open',
        lines: [
          {
            productId: lamp,
            name: 'Lamp',
            unitPrice: eur(1_250),
            quantity: 2,
            lineTotal: eur(2_500),
          },
          { productId: mug, name: 'Mug', unitPrice: eur(800), quantity: 1, lineTotal: eur(800) },
        ],
        itemCount: 3,
        total: eur(3_300),
        orderId: null,
        updatedAt: mugAdded.recordedAt,
      },
      checkpoint: { '5': `${mugAdded.transactionId}:${mugAdded.globalPosition}` },
    });
  });

  it('answers an emptied cart with no total, and an unknown one with null', async () => {
    const stream = testStream(cartStreamCategory);
    const cartId = stream.id;
    const productId = randomUUID();
    await applyEvents(db.prisma, cartProjection, [
      stream.event('CartItemAdded', {
        cartId,
        productId,
        name: 'Lamp',
        unitPrice: eur(1),
        quantity: 1,
      }),
      stream.event('CartItemRemoved', { cartId, productId }),
    ]);
    expect((await getCart(db.prisma, { cartId })).cart).toMatchObject({ lines: [], total: null });
    expect((await getCart(db.prisma, { cartId: randomUUID() })).cart).toBeNull();
  });
});
