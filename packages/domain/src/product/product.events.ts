import { z } from 'zod';
import { eventCodec, type EventOf } from '../shared/event-codec';
import { defineEvent } from '../shared/event-definition';
import { moneySchema, type Money } from '../shared/money';
import { uncategorised } from './product.fields';

/*
 * Stored payloads are never rewritten. Their schemas check shape, not business rules (those live in
 * the commands): a rule tightened later must not make events already stored unreadable.
 */

/** The early shop's price: euros as decimal text, e.g. "34.50". Frozen: it is what was written. */
const earlyShopPriceText = z
  .string()
  .regex(/^\d{1,9}(\.\d{1,2})?$/, 'price must be euros as decimal text such as "34.50"');

/**
 * ProductAdded v1. The early shop wrote the price as euro text. v1 rows with a
 * `{ amountMinor, currency }` price exist too: the walking skeleton stored that shape as v1 before
 * this history was written down (any database seeded back then holds them), so v1 reads both.
 */
export const productAddedV1Schema = z.object({
  productId: z.uuid(),
  name: z.string().min(1),
  description: z.string(),
  price: z.union([earlyShopPriceText, moneySchema], {
    error: 'price must be decimal text such as "34.50" or { amountMinor, currency }',
  }),
});
export type ProductAddedV1 = z.input<typeof productAddedV1Schema>;

/** v2: money as integer minor units with its currency. */
const productAddedV2Schema = productAddedV1Schema.extend({ price: moneySchema });

/** v3: every product has a category. */
const productAddedV3Schema = productAddedV2Schema.extend({ category: z.string().min(1) });

/** "34.50" → 3450 minor units of EUR, the only currency the early shop sold in; no floats. */
function eurosFromText(text: string): Money {
  const [units = '0', cents = ''] = text.split('.');
  return { amountMinor: Number(units) * 100 + Number(cents.padEnd(2, '0')), currency: 'EUR' };
}

export const productAdded = defineEvent('ProductAdded', productAddedV1Schema)
  .evolve(productAddedV2Schema, ({ price, ...rest }) => ({
    ...rest,
    price: typeof price === 'string' ? eurosFromText(price) : price,
  }))
  .evolve(productAddedV3Schema, (v2) => ({ ...v2, category: uncategorised }));

const productId = z.uuid();

export const productRenamed = defineEvent(
  'ProductRenamed',
  z.object({ productId, name: z.string().min(1) }),
);

export const productDescribed = defineEvent(
  'ProductDescribed',
  z.object({ productId, description: z.string() }),
);

export const productCategorised = defineEvent(
  'ProductCategorised',
  z.object({ productId, category: z.string().min(1) }),
);

export const productTagsSet = defineEvent(
  'ProductTagsSet',
  z.object({ productId, tags: z.array(z.string().min(1)) }),
);

export const productRepriced = defineEvent(
  'ProductRepriced',
  z.object({ productId, price: moneySchema }),
);

export const productDiscontinued = defineEvent(
  'ProductDiscontinued',
  z.object({ productId, reason: z.string().optional() }),
);

export const productEventCodec = eventCodec([
  productAdded,
  productRenamed,
  productDescribed,
  productCategorised,
  productTagsSet,
  productRepriced,
  productDiscontinued,
]);

export type ProductAdded = EventOf<typeof productAdded>;
export type ProductRenamed = EventOf<typeof productRenamed>;
export type ProductDescribed = EventOf<typeof productDescribed>;
export type ProductCategorised = EventOf<typeof productCategorised>;
export type ProductTagsSet = EventOf<typeof productTagsSet>;
export type ProductRepriced = EventOf<typeof productRepriced>;
export type ProductDiscontinued = EventOf<typeof productDiscontinued>;
/** Every product event, as the codec decodes it (the union of the definitions above). */
export type ProductEvent = ReturnType<typeof productEventCodec.parse>;
