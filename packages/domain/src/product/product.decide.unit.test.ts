import { describe, it } from 'vitest';
import { deciderSpec } from '../shared/decider-spec';
import {
  productAggregate,
  type AddProduct,
  type ProductAdded,
  type ProductCommand,
  type ProductEvent,
} from './index';

const productId = '0b7d5e3c-2f1a-4c1e-9a44-3f1c2b9d8e01';
const spec = deciderSpec(productAggregate.decider);
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

const addLamp: AddProduct = {
  type: 'AddProduct',
  data: { productId, name: 'Desk lamp', description: 'Warm light', price: eur(3_450) },
};
const lampAdded: ProductAdded = {
  type: 'ProductAdded',
  data: { ...addLamp.data, category: 'uncategorised' },
};
const discontinued: ProductEvent = { type: 'ProductDiscontinued', data: { productId } };

describe('AddProduct', () => {
  it('lists a new product, uncategorised unless a category is given', () => {
    spec.given([]).when(addLamp).then([lampAdded]);
    spec
      .given([])
      .when({ ...addLamp, data: { ...addLamp.data, category: 'lighting' } })
      .then([{ type: 'ProductAdded', data: { ...lampAdded.data, category: 'lighting' } }]);
  });

  it('refuses to add the same product twice, even once discontinued', () => {
    spec.given([lampAdded]).when(addLamp).thenFails('ProductAlreadyAdded');
    spec.given([lampAdded, discontinued]).when(addLamp).thenFails('ProductAlreadyAdded');
  });
});

describe('RenameProduct', () => {
  const rename = (name: string) => ({ type: 'RenameProduct' as const, data: { productId, name } });

  it('renames a listed product', () => {
    spec
      .given([lampAdded])
      .when(rename('Walnut lamp'))
      .then([{ type: 'ProductRenamed', data: { productId, name: 'Walnut lamp' } }]);
  });

  it('changes nothing when the name is the one it has', () => {
    spec.given([lampAdded]).when(rename('Desk lamp')).then([]);
    spec
      .given([lampAdded, { type: 'ProductRenamed', data: { productId, name: 'Walnut lamp' } }])
      .when(rename('Walnut lamp'))
      .then([]);
  });
});

describe('DescribeProduct', () => {
  const describeAs = (description: string) => ({
    type: 'DescribeProduct' as const,
    data: { productId, description },
  });

  it('replaces the description, and may clear it', () => {
    spec
      .given([lampAdded])
      .when(describeAs('Dimmable'))
      .then([{ type: 'ProductDescribed', data: { productId, description: 'Dimmable' } }]);
    spec
      .given([lampAdded])
      .when(describeAs(''))
      .then([{ type: 'ProductDescribed', data: { productId, description: '' } }]);
  });

  it('changes nothing for the same description', () => {
    spec.given([lampAdded]).when(describeAs('Warm light')).then([]);
  });
});

describe('SetProductCategory', () => {
  const categorise = (category: string) => ({
    type: 'SetProductCategory' as const,
    data: { productId, category },
  });

  it('moves the product to another category', () => {
    spec
      .given([lampAdded])
      .when(categorise('lighting'))
      .then([{ type: 'ProductCategorised', data: { productId, category: 'lighting' } }]);
  });

  it('changes nothing for the category it is in', () => {
    spec.given([lampAdded]).when(categorise('uncategorised')).then([]);
  });
});

describe('SetProductTags', () => {
  const tag = (...tags: string[]) => ({
    type: 'SetProductTags' as const,
    data: { productId, tags },
  });
  const tagged = (...tags: string[]): ProductEvent => ({
    type: 'ProductTagsSet',
    data: { productId, tags },
  });

  it('replaces the tag set, and may empty it', () => {
    spec
      .given([lampAdded])
      .when(tag('gift', 'walnut'))
      .then([tagged('gift', 'walnut')]);
    spec
      .given([lampAdded, tagged('gift')])
      .when(tag())
      .then([tagged()]);
  });

  it('changes nothing for the same set, in any order', () => {
    spec.given([lampAdded]).when(tag()).then([]);
    spec
      .given([lampAdded, tagged('gift', 'walnut')])
      .when(tag('walnut', 'gift'))
      .then([]);
  });
});

describe('RepriceProduct', () => {
  const reprice = (amountMinor: number, currency = 'EUR') => ({
    type: 'RepriceProduct' as const,
    data: { productId, price: { amountMinor, currency } },
  });

  it('sets a new price in the listed currency', () => {
    spec
      .given([lampAdded])
      .when(reprice(2_990))
      .then([{ type: 'ProductRepriced', data: { productId, price: eur(2_990) } }]);
  });

  it('changes nothing for the price it already has', () => {
    spec.given([lampAdded]).when(reprice(3_450)).then([]);
    spec
      .given([lampAdded, { type: 'ProductRepriced', data: { productId, price: eur(2_990) } }])
      .when(reprice(2_990))
      .then([]);
  });

  it('refuses a price in another currency than the one listed', () => {
    spec.given([lampAdded]).when(reprice(3_450, 'USD')).thenFails('PriceCurrencyMismatch');
  });
});

describe('DiscontinueProduct', () => {
  const discontinue = (reason?: string) => ({
    type: 'DiscontinueProduct' as const,
    data: { productId, reason },
  });

  it('takes a listed product off sale, with or without a reason', () => {
    spec
      .given([lampAdded])
      .when(discontinue('Supplier stopped making it'))
      .then([
        {
          type: 'ProductDiscontinued',
          data: { productId, reason: 'Supplier stopped making it' },
        },
      ]);
    spec.given([lampAdded]).when(discontinue()).then([discontinued]);
  });

  it('is idempotent: discontinuing again changes nothing', () => {
    spec.given([lampAdded, discontinued]).when(discontinue('again')).then([]);
  });
});

describe('rules shared by every change', () => {
  const changes: ProductCommand[] = [
    { type: 'RenameProduct', data: { productId, name: 'Lamp' } },
    { type: 'DescribeProduct', data: { productId, description: 'New' } },
    { type: 'SetProductCategory', data: { productId, category: 'lighting' } },
    { type: 'SetProductTags', data: { productId, tags: ['gift'] } },
    { type: 'RepriceProduct', data: { productId, price: eur(100) } },
  ];

  it.each(changes)('$type refuses a product that was never added', (command) => {
    spec.given([]).when(command).thenFails('ProductNotFound');
  });

  it.each(changes)('$type refuses a discontinued product', (command) => {
    spec.given([lampAdded, discontinued]).when(command).thenFails('ProductDiscontinued');
  });

  it('DiscontinueProduct refuses a product that was never added', () => {
    spec
      .given([])
      .when({ type: 'DiscontinueProduct', data: { productId } })
      .thenFails('ProductNotFound');
  });
});
