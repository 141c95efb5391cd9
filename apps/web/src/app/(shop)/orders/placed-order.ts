import { logPositionSchema, orderStreamId } from '@shop/domain';
import type { AwaitedWrite } from '~/app/_consistency';

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The order the checkout just placed, from `?placed=<xid>:<position>` on the order page: the page
 * waits for the order's read model to reach it. The URL is user input, so a value that is not a
 * log position means nothing to wait for, not an error page.
 */
export function placedOrderWrite(
  orderId: string,
  searchParams: Record<string, string | string[] | undefined>,
): AwaitedWrite | null {
  // The pipe's input side checks the `"<xid>:<position>"` shape and keeps the string form.
  const placed = logPositionSchema.in.safeParse(firstValue(searchParams.placed));
  return placed.success ? { streamId: orderStreamId(orderId), position: placed.data } : null;
}
