import { z } from 'zod';
import { orderStateViewSchema } from './order-state-view';

/** Beyond any order's length: "up to now" as a stream version (the column is a 4-byte integer). */
export const latestVersion = 2 ** 31 - 1;

export const stateAtInputSchema = z.object({
  orderId: z.uuid('Order id must be a UUID'),
  /** After which of the order's events: its stream version. */
  version: z.number().int().min(1, 'Pick one of the order’s events').max(latestVersion),
});
export type StateAtInput = z.input<typeof stateAtInputSchema>;

export const stateAtOutputSchema = z
  .object({
    /** The version the state is at: the one asked, or the last there is. */
    streamVersion: z.number().int().positive(),
    state: orderStateViewSchema,
  })
  .nullable();
