import { logPositionSchema } from '@shop/domain';
import { z } from 'zod';

/** A product the admin just added, which the catalog may not show yet. */
export interface PendingProduct {
  /** The command's log position, `"<xid>:<position>"`. */
  readonly awaiting: string;
  readonly name: string | null;
}

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// Names are at most 120 characters when stored; anything longer here came from a hand-edited URL.
const displayName = z.string().trim().min(1).max(120).nullable().catch(null);

/**
 * Reads `?awaiting=<position>&name=<name>` from the storefront URL. The URL is user input: a value
 * that is not a log position means "nothing pending" rather than an error page.
 */
export function pendingProductFrom(
  searchParams: Record<string, string | string[] | undefined>,
): PendingProduct | null {
  // The pipe's input side checks the `"<xid>:<position>"` shape and keeps the string form.
  const awaiting = logPositionSchema.in.safeParse(firstValue(searchParams.awaiting));
  if (!awaiting.success) return null;
  return {
    awaiting: awaiting.data,
    name: displayName.parse(firstValue(searchParams.name) ?? null),
  };
}
