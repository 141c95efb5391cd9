import type { ProductSpec } from './search-events';

const day = (n: number) => new Date(Date.UTC(2026, 0, n));

/** Six products, chosen so that each behaviour of search has something to tell apart. */
export const catalogSpecs = {
  keyboard: {
    name: 'Mechanical keyboard',
    description: 'Tactile switches in a sturdy aluminium case',
    category: 'electronics',
    tags: ['office', 'gaming'],
    priceMinor: 8_900,
    stock: 5,
    addedAt: day(1),
  },
  mouse: {
    name: 'Wireless mouse',
    description: 'Quiet clicks and a long battery life',
    category: 'electronics',
    tags: ['office', 'wireless'],
    priceMinor: 2_900,
    addedAt: day(2),
  },
  deskLamp: {
    name: 'Desk lamp',
    description: 'Warm dimmable light for late evenings',
    category: 'home',
    tags: ['office', 'lighting'],
    priceMinor: 3_450,
    stock: 3,
    addedAt: day(3),
  },
  readingLamp: {
    name: 'Reading lamp',
    description: 'Clips onto any shelf',
    category: 'home',
    tags: ['lighting'],
    priceMinor: 2_500,
    stock: 2,
    addedAt: day(4),
  },
  lantern: {
    name: 'Camping lantern',
    description: 'Brighter than an oil lamp, and safer',
    category: 'outdoor',
    tags: ['camping'],
    priceMinor: 4_200,
    stock: 1,
    addedAt: day(5),
  },
  mug: {
    name: 'Coffee mug',
    description: 'Stoneware, dishwasher safe',
    category: 'kitchen',
    tags: ['gift'],
    priceMinor: 900,
    stock: 10,
    addedAt: day(6),
  },
} satisfies Record<string, ProductSpec>;
