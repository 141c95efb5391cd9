import { nameBasedId } from '@shop/domain';
import { categoryWords, type CategoryWords } from './catalog-words';
import type { DemoProduct } from './products';

/** Every category holds this many demo products, the hand-written ones included. */
export const productsPerCategory = 20;

// Fixed cycles rather than randomness: every run, and every machine, seeds the same catalog.
const stockCycle = [36, 12, 48, 0, 24, 60, 18, 30, 9, 42];
const discontinuedEvery = 40;
const giftEvery = 6;

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
/** To the nearest half euro: "54.50", never "54.37". */
const roundPrice = (amountMinor: number) => Math.max(50, Math.round(amountMinor / 50) * 50);

/** The id a generated product always gets: a name-based UUID of its name. */
export const generatedProductId = (name: string): string =>
  nameBasedId(`demo-product/${name.toLowerCase()}`);

function* combinations({ kinds, variants }: CategoryWords) {
  // Variant by variant, so that the first products of a category are of different kinds.
  for (const variant of variants) for (const kind of kinds) yield { kind, variant };
}

/**
 * The generated part of the demo catalog: each category filled up to `productsPerCategory` with
 * variants of its kinds, skipping names the hand-written products already use. Deterministic:
 * names, prices, stock and ids are the same on every run.
 */
export function generatedProducts(handWritten: readonly DemoProduct[]): DemoProduct[] {
  const taken = new Set(handWritten.map(({ origin }) => origin.data.name.toLowerCase()));
  const inCategory = (category: string) =>
    handWritten.filter((product) => categoryOf(product) === category).length;
  let index = 0;
  return categoryWords.flatMap((words) => {
    const wanted = productsPerCategory - inCategory(words.category);
    const products: DemoProduct[] = [];
    for (const { kind, variant } of combinations(words)) {
      if (products.length >= wanted) break;
      const name = `${variant.name} ${kind.name}`;
      if (taken.has(name.toLowerCase())) continue;
      const n = index++;
      const productId = generatedProductId(name);
      products.push({
        origin: {
          era: 'current',
          data: {
            productId,
            name,
            description: `${variant.name} ${kind.name} ${kind.detail}.`,
            price: eur(roundPrice(kind.basePrice * variant.factor)),
            category: words.category,
          },
        },
        later: [
          {
            type: 'SetProductTags',
            data: {
              productId,
              tags: [variant.tag, kind.tag, ...(n % giftEvery === 0 ? ['gift'] : [])],
            },
          },
          ...(n % discontinuedEvery === discontinuedEvery - 1
            ? [
                {
                  type: 'DiscontinueProduct' as const,
                  data: { productId, reason: 'The maker no longer produces it.' },
                },
              ]
            : []),
        ],
        stock: stockCycle[n % stockCycle.length] ?? 0,
      });
    }
    return products;
  });
}

/** The category a hand-written product ends up in, through its history if not at its start. */
function categoryOf({ origin, later }: DemoProduct): string | undefined {
  const categorised = later.findLast((change) => change.type === 'SetProductCategory');
  if (categorised?.type === 'SetProductCategory') return categorised.data.category;
  return origin.era === 'current' ? origin.data.category : undefined;
}
