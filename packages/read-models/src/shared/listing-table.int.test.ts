import { inventoryStreamCategory, productStreamCategory } from '@shop/domain';
import { describe, expect, it } from 'vitest';
import { evolveCatalogProduct } from '../catalog/catalog-product.projection';
import type { ListingRow } from './listing-columns';
import { listingTable } from './listing-table';
import { eur, productAdded } from './test-support/payloads';
import { useReadModelDatabase } from './test-support/read-model-database';
import { testStream } from './test-support/recorded-events';

const db = useReadModelDatabase();
const table = listingTable((tx) => tx.catalogProduct, 'catalog_products');
let generation = 100;

/** A product's two streams, each evolving the row as its own writer read it. */
function lamp() {
  const product = testStream(productStreamCategory);
  const inventory = testStream(inventoryStreamCategory, product.id);
  const productId = product.id;
  return {
    productId,
    added: () => product.event('ProductAdded', productAdded(productId), { schemaVersion: 3 }),
    repriced: (amountMinor: number) =>
      product.event('ProductRepriced', { productId, price: eur(amountMinor) }),
    received: (quantity: number) => inventory.event('StockReceived', { productId, quantity }),
  };
}

const save = (at: number, ...rows: ListingRow[]) =>
  db.prisma.$transaction((tx) => table.saveMany(tx, at, rows));
const load = async (at: number, productId: string) =>
  db.prisma.$transaction((tx) => table.load(tx, at, productId));

describe('listing table saves', () => {
  it('merge the parts: a write of one part keeps the other as stored, whatever row it came from', async () => {
    const at = (generation += 1);
    const { productId, added, repriced, received } = lamp();
    // Both writers read the row before either wrote it (none), as two partitions at once would.
    const byProduct = evolveCatalogProduct(evolveCatalogProduct(null, added()), repriced(4_200));
    const byInventory = evolveCatalogProduct(null, received(5));
    await save(at, byInventory);
    await save(at, byProduct);
    const merged = await load(at, productId);
    expect(merged?.product?.price).toEqual(eur(4_200));
    expect(merged?.productVersion).toBe(2);
    expect(merged?.stock).toEqual({ onHand: 5, reserved: 0 });
    expect(merged?.inventoryVersion).toBe(1);
    // The later of the two writers' change times, whichever order they were saved in.
    expect(merged?.updatedAt).toEqual(
      new Date(Math.max(byProduct.updatedAt.getTime(), byInventory.updatedAt.getTime())),
    );
  });

  it('merge in either order, and never let an older part replace a newer one', async () => {
    const at = (generation += 1);
    const { productId, added, repriced, received } = lamp();
    const addedRow = evolveCatalogProduct(null, added());
    const repricedRow = evolveCatalogProduct(addedRow, repriced(990));
    const stocked = evolveCatalogProduct(null, received(3));
    await save(at, repricedRow);
    await save(at, stocked);
    // A replay of the product's first write (a redelivered batch) changes nothing.
    await save(at, addedRow);
    const merged = await load(at, productId);
    expect(merged?.product?.price).toEqual(eur(990));
    expect(merged?.productVersion).toBe(2);
    expect(merged?.stock).toEqual({ onHand: 3, reserved: 0 });
  });

  it('write many rows in one statement, new and existing alike', async () => {
    const at = (generation += 1);
    const lamps = Array.from({ length: 30 }, lamp);
    await save(at, ...lamps.map((l) => evolveCatalogProduct(null, l.received(1))));
    const listed = lamps.map((l) => evolveCatalogProduct(null, l.added()));
    await save(at, ...listed.reverse());
    for (const { productId } of lamps) {
      const row = await load(at, productId);
      expect(row?.product?.name).toBe('Desk lamp');
      expect(row?.stock.onHand).toBe(1);
    }
  });
});
