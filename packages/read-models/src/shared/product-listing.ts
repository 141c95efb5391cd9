import { assertNever, type Money, type ProductEvent, type RecordedEvent } from '@shop/domain';
import { MalformedEvent } from './malformed-event';

/** What the shop shows of a product; a discontinued one is kept (orders and links refer to it). */
export interface ProductListing {
  readonly name: string;
  readonly description: string;
  readonly category: string;
  readonly tags: readonly string[];
  readonly price: Money;
  readonly discontinued: boolean;
  readonly addedAt: Date;
}

/** The listing after `event`; every event but ProductAdded needs the listing to exist. */
export function evolveProductListing(
  listing: ProductListing | null,
  event: ProductEvent,
  recorded: RecordedEvent,
): ProductListing {
  if (event.type === 'ProductAdded') {
    const { name, description, category, price } = event.data;
    return {
      name,
      description,
      category,
      tags: [],
      price,
      discontinued: false,
      addedAt: recorded.recordedAt,
    };
  }
  if (!listing) throw new MalformedEvent(recorded, 'the product has no ProductAdded before it');
  switch (event.type) {
    case 'ProductRenamed':
      return { ...listing, name: event.data.name };
    case 'ProductDescribed':
      return { ...listing, description: event.data.description };
    case 'ProductCategorised':
      return { ...listing, category: event.data.category };
    case 'ProductTagsSet':
      return { ...listing, tags: event.data.tags };
    case 'ProductRepriced':
      return { ...listing, price: event.data.price };
    case 'ProductDiscontinued':
      return { ...listing, discontinued: true };
    default:
      return assertNever(event);
  }
}

/** Only the name and whether it is still sold: what a stock list needs to label a product. */
export interface ProductLabel {
  readonly name: string;
  readonly discontinued: boolean;
}

export function evolveProductLabel(
  label: ProductLabel | null,
  event: ProductEvent,
  recorded: RecordedEvent,
): ProductLabel {
  if (event.type === 'ProductAdded') return { name: event.data.name, discontinued: false };
  if (!label) throw new MalformedEvent(recorded, 'the product has no ProductAdded before it');
  if (event.type === 'ProductRenamed') return { ...label, name: event.data.name };
  if (event.type === 'ProductDiscontinued') return { ...label, discontinued: true };
  return label;
}
