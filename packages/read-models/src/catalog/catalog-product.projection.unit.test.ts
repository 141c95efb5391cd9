import { describe, expect, it } from 'vitest';
import { laterProductEvent, productAddedEvent, productIdOf } from '../test-support/product-events';
import { evolveCatalogProduct, MalformedProductEvent } from './catalog-product.projection';

const recordedAt = new Date('2026-11-23T09:00:00.000Z');

describe('catalog product projection', () => {
  it('lists an added product with its price, version and times', () => {
    const event = productAddedEvent({ name: 'Desk lamp', recordedAt });
    expect(evolveCatalogProduct(null, event)).toEqual({
      productId: productIdOf(event),
      name: 'Desk lamp',
      description: 'Warm light',
      priceMinor: 3_450,
      currency: 'EUR',
      version: 1,
      addedAt: recordedAt,
      updatedAt: recordedAt,
    });
  });

  it('leaves a row alone when it already reflects the event', () => {
    const event = productAddedEvent({ recordedAt });
    const row = evolveCatalogProduct(null, event);
    const again = { ...event, recordedAt: new Date('2027-01-01T00:00:00.000Z') };
    expect(evolveCatalogProduct(row, again)).toBe(row);
  });

  it('refuses a malformed payload with a message naming the event and the field', () => {
    const event = productAddedEvent({ data: { productId: 'not-a-uuid', name: '', price: 12 } });
    const apply = () => evolveCatalogProduct(null, event);
    expect(apply).toThrow(MalformedProductEvent);
    expect(apply).toThrow(event.eventId);
    expect(apply).toThrow(/price/);
  });

  it('refuses a schema version it cannot upcast', () => {
    const event = { ...productAddedEvent(), schemaVersion: 7 };
    expect(() => evolveCatalogProduct(null, event)).toThrow(/ProductAdded v7/);
  });

  it('refuses a product recorded in another product stream', () => {
    const event = { ...productAddedEvent(), streamId: productAddedEvent().streamId };
    expect(() => evolveCatalogProduct(null, event)).toThrow(/recorded in/);
  });

  it('follows renames, descriptions and new prices, moving version and update time', () => {
    const added = productAddedEvent({ recordedAt });
    const events = [
      laterProductEvent(added, 'ProductRenamed', { name: 'Reading lamp' }, 2),
      laterProductEvent(added, 'ProductDescribed', { description: 'Dimmable' }, 3),
      laterProductEvent(
        added,
        'ProductRepriced',
        { price: { amountMinor: 2_999, currency: 'EUR' } },
        4,
      ),
      laterProductEvent(added, 'ProductTagsSet', { tags: ['desk'] }, 5),
    ];
    const row = events.reduce(evolveCatalogProduct, evolveCatalogProduct(null, added));
    expect(row).toMatchObject({
      name: 'Reading lamp',
      description: 'Dimmable',
      priceMinor: 2_999,
      version: 5,
      addedAt: recordedAt,
      updatedAt: events[3]?.recordedAt,
    });
  });

  it('takes a discontinued product off the catalog and ignores its older events', () => {
    const added = productAddedEvent({ recordedAt });
    const discontinued = laterProductEvent(added, 'ProductDiscontinued', {}, 2);
    expect(evolveCatalogProduct(evolveCatalogProduct(null, added), discontinued)).toBeNull();
    const renamedLate = laterProductEvent(added, 'ProductRenamed', { name: 'Gone' }, 3);
    expect(evolveCatalogProduct(null, renamedLate)).toBeNull();
  });
});
