import type { AddProduct, ProductAddedV1, ProductCommand } from '@shop/domain';
import { generatedProducts } from './catalog';

export type ProductChange = Exclude<ProductCommand, AddProduct>;

/** How a demo product entered the catalog. */
export type DemoProductOrigin =
  /** Stored by the early shop, in ProductAdded v1 (price as euro text); upcast when read. */
  | { readonly era: 'early-shop'; readonly eventId: string; readonly data: ProductAddedV1 }
  /** Added through AddProduct today, so stored in the current ProductAdded version. */
  | { readonly era: 'current'; readonly data: AddProduct['data'] };

export interface DemoProduct {
  readonly origin: DemoProductOrigin;
  /**
   * What happened to it afterwards, applied only in the run that adds the product: a later run
   * must neither repeat this history nor undo what an admin has changed since.
   */
  readonly later: readonly ProductChange[];
  /** Units received into stock, through the inventory's ReceiveStock, while it has no stock history. */
  readonly stock: number;
}

/** Fixed ids make seeding idempotent: a product that exists is left alone. */
const lamp = '5d3c1f0a-6a7e-4d51-9a55-0b7a4f6e1a01';
const throwBlanket = '5d3c1f0a-6a7e-4d51-9a55-0b7a4f6e1a02';
const mug = '5d3c1f0a-6a7e-4d51-9a55-0b7a4f6e1a03';
const kettle = '5d3c1f0a-6a7e-4d51-9a55-0b7a4f6e1a04';
const beanie = '5d3c1f0a-6a7e-4d51-9a55-0b7a4f6e1a05';
const tote = '5d3c1f0a-6a7e-4d51-9a55-0b7a4f6e1a06';
const campMug = '5d3c1f0a-6a7e-4d51-9a55-0b7a4f6e1a07';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const categorise = (productId: string, category: string): ProductChange => ({
  type: 'SetProductCategory',
  data: { productId, category },
});
const tag = (productId: string, ...tags: string[]): ProductChange => ({
  type: 'SetProductTags',
  data: { productId, tags },
});
const reprice = (productId: string, amountMinor: number): ProductChange => ({
  type: 'RepriceProduct',
  data: { productId, price: eur(amountMinor) },
});

/** Written by hand, with the history an early shop would have: eras, renames, reprices. */
const handWrittenProducts: readonly DemoProduct[] = [
  {
    origin: {
      era: 'early-shop',
      eventId: '8a1f6c2e-4b3d-4e5f-9a6b-7c8d9e0f1a01',
      data: {
        productId: lamp,
        name: 'Walnut desk lamp',
        description: 'Oiled walnut arm with a warm 2700 K LED; dims by touch.',
        price: '89.00',
      },
    },
    later: [categorise(lamp, 'lighting'), tag(lamp, 'walnut', 'led', 'gift'), reprice(lamp, 7_900)],
    stock: 25,
  },
  {
    origin: {
      era: 'early-shop',
      eventId: '8a1f6c2e-4b3d-4e5f-9a6b-7c8d9e0f1a02',
      data: {
        productId: throwBlanket,
        name: 'Linen throw',
        description: 'Stone-washed European linen, 130 × 170 cm.',
        price: '64.50',
      },
    },
    later: [
      {
        type: 'RenameProduct',
        data: { productId: throwBlanket, name: 'Stone-washed linen throw' },
      },
      categorise(throwBlanket, 'textiles'),
      tag(throwBlanket, 'linen', 'bedroom'),
    ],
    stock: 14,
  },
  {
    origin: {
      era: 'early-shop',
      eventId: '8a1f6c2e-4b3d-4e5f-9a6b-7c8d9e0f1a03',
      data: {
        productId: mug,
        name: 'Stoneware mug',
        description: 'Hand-thrown, 350 ml, dishwasher safe.',
        price: '18.00',
      },
    },
    later: [
      categorise(mug, 'kitchen'),
      reprice(mug, 1_950),
      {
        type: 'DescribeProduct',
        data: {
          productId: mug,
          description: 'Hand-thrown, 350 ml, dishwasher and microwave safe.',
        },
      },
    ],
    stock: 40,
  },
  {
    origin: {
      era: 'early-shop',
      eventId: '8a1f6c2e-4b3d-4e5f-9a6b-7c8d9e0f1a07',
      data: {
        productId: campMug,
        name: 'Enamel camping mug',
        description: 'Speckled enamel over steel, 300 ml.',
        price: '12.5',
      },
    },
    later: [
      categorise(campMug, 'kitchen'),
      {
        type: 'DiscontinueProduct',
        data: { productId: campMug, reason: 'The workshop stopped making it.' },
      },
    ],
    stock: 0,
  },
  {
    origin: {
      era: 'current',
      data: {
        productId: kettle,
        name: 'Pour-over coffee kettle',
        description: 'Gooseneck spout, 1 litre, works on induction.',
        price: eur(4_990),
        category: 'kitchen',
      },
    },
    later: [tag(kettle, 'coffee', 'induction')],
    stock: 12,
  },
  {
    origin: {
      era: 'current',
      data: {
        productId: beanie,
        name: 'Merino beanie',
        description: 'Rib-knit extra-fine merino, one size.',
        price: eur(2_900),
        category: 'apparel',
      },
    },
    later: [tag(beanie, 'merino', 'winter', 'gift')],
    stock: 30,
  },
  {
    origin: {
      era: 'current',
      data: {
        productId: tote,
        name: 'Canvas tote',
        description: 'Heavy 16 oz canvas with leather handles.',
        price: eur(3_500),
        category: 'bags',
      },
    },
    later: [],
    stock: 20,
  },
];

/** The demo catalog: the hand-written products, and the generated rest (see catalog.ts). */
export const demoProducts: readonly DemoProduct[] = [
  ...handWrittenProducts,
  ...generatedProducts(handWrittenProducts),
];
