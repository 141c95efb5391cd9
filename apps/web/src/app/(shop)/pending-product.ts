import { logPositionSchema, productStreamId } from '@shop/domain';
import { z } from 'zod';

/** A product the admin just added, which the catalog may not show yet. */
export interface PendingProduct {
  /** The product's stream and the command's log position, `"<xid>:<position>"`. */
  readonly awaiting: { readonly streamId: string; readonly position: string };
  readonly name: string | null;
}

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// Names are at most 120 characters when stored; anything longer here came from a hand-edited URL.
const displayName = z.string().trim().min(1).max(120).nullable().catch(null);

/**
 * Reads `?awaiting=<position>&product=<id>&name=<name>` from the storefront URL. The URL is user input: a value
 * that is not a log position means "nothing pending" rather than an error page.
 */
export function pendingProductFrom(
  searchParams: Record<string, string | string[] | undefined>,
): PendingProduct | null {
  // The pipe's input side checks the `"<xid>:<position>"` shape and keeps the string form.
  const awaiting = logPositionSchema.in.safeParse(firstValue(searchParams.awaiting));
  const productId = z.uuid().safeParse(firstValue(searchParams.product));
  if (!awaiting.success || !productId.success) return null;
  return {
    awaiting: { streamId: productStreamId(productId.data), position: awaiting.data },
    name: displayName.parse(firstValue(searchParams.name) ?? null),
  };
}
