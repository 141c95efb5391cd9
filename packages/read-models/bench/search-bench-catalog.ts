import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@shop/domain';
import { listedProduct } from '../src/search/test-support/search-events';

export const categories = [
  'home',
  'office',
  'kitchen',
  'garden',
  'lighting',
  'furniture',
  'decor',
  'outdoor',
  'bath',
  'kids',
] as const;
const materials = ['oak', 'walnut', 'steel', 'brass', 'linen', 'wool', 'glass', 'bamboo'];
const things = ['lamp', 'desk', 'chair', 'shelf', 'mug', 'rug', 'vase', 'clock', 'keyboard'];
const moods = ['quiet', 'classic', 'modern', 'rustic', 'compact', 'sturdy', 'elegant'];
const tags = ['gift', 'eco', 'handmade', 'sale', 'new', 'bestseller', 'limited', 'vintage'];
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

/**
 * Product `n`'s events as the shop records them: added, tagged, stock received (a quarter have
 * none), some of it reserved, and one in fifty discontinued. Deterministic apart from ids.
 */
export function benchProductEvents(n: number): RecordedEvent[] {
  const [material, thing, mood] = [
    pick(materials, n),
    pick(things, n * 7 + 3),
    pick(moods, n * 13),
  ];
  const stock = n % 4 === 0 ? 0 : 1 + (n % 9);
  const { product, inventory, events } = listedProduct({
    name: `${mood} ${material} ${thing} ${n}`,
    description: `A ${mood} ${thing} made of ${material}, built to last and easy to care for.`,
    category: pick(categories, n * 3),
    tags: [pick(tags, n), pick(tags, n * 5 + 1), ...(n % 3 === 0 ? [pick(tags, n + 3)] : [])],
    priceMinor: 500 + ((n * 7_919) % 50_000),
    stock,
    addedAt: new Date(Date.UTC(2025, 0, 1) + n * 60_000),
  });
  if (stock > 1 && n % 5 === 0) {
    events.push(inventory.event('StockReserved', { orderId: randomUUID(), quantity: stock }));
  }
  if (n % 50 === 7) events.push(product.event('ProductDiscontinued', { reason: 'End of line' }));
  return events;
}
