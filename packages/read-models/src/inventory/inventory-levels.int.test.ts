import { inventoryStreamCategory, productStreamCategory } from '@shop/domain';
import { describe, expect, it } from 'vitest';
import { productAdded } from '../shared/test-support/payloads';
import { useReadModelDatabase } from '../shared/test-support/read-model-database';
import { testStream } from '../shared/test-support/recorded-events';
import { applyEvents } from '../test-support/apply-events';
import { inventoryLevelsProjection } from './inventory-level.store';
import { listInventoryLevels } from './list-inventory-levels';

const db = useReadModelDatabase();

function product(name: string) {
  const stream = testStream(productStreamCategory);
  const inventory = testStream(inventoryStreamCategory, stream.id);
  const productId = stream.id;
  const added = () =>
    stream.event('ProductAdded', productAdded(productId, { name }), { schemaVersion: 3 });
  const received = (quantity: number) => inventory.event('StockReceived', { productId, quantity });
  return { productId, stream, inventory, added, received };
}

describe('inventory levels on Postgres', () => {
  it('lists stock by name, unnamed stock last, or emptiest first', async () => {
    const [bowl, anvil, mystery] = [product('Bowl'), product('Anvil'), product('?')];
    await applyEvents(db.prisma, inventoryLevelsProjection, [
      mystery.received(1),
      bowl.received(9),
      bowl.added(),
      anvil.added(),
      anvil.received(5),
      anvil.inventory.event('StockReserved', {
        productId: anvil.productId,
        orderId: crypto.randomUUID(),
        quantity: 2,
      }),
    ]);
    const byName = await listInventoryLevels(db.prisma);
    expect(byName.levels.map((level) => level.productName)).toEqual(['Anvil', 'Bowl', null]);
    expect(byName.levels[0]).toMatchObject({
      productId: anvil.productId,
      productStatus: 'Listed',
      onHand: 5,
      reserved: 2,
      available: 3,
    });
    expect(byName.levels[2]).toMatchObject({ productStatus: 'Unlisted', onHand: 1 });
    expect(byName.page).toEqual({ page: 1, pageSize: 20, totalItems: 3, totalPages: 1 });

    const emptiest = await listInventoryLevels(db.prisma, { sort: 'onHand', pageSize: 2 });
    expect(emptiest.levels.map((level) => level.onHand)).toEqual([1, 5]);
  });
});
