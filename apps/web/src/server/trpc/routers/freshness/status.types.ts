import { z } from 'zod';
import { projectionNameSchema } from './projection-name';
import { freshnessStatuses } from './staleness';

export const statusInputSchema = z.object({
  projections: z
    .array(projectionNameSchema)
    .min(1, 'Name at least one projection')
    .max(10, 'At most 10 projections at once'),
});
export type StatusInput = z.input<typeof statusInputSchema>;

export const projectionFreshnessSchema = z.object({
  /** As asked, e.g. `search` even when it resolves to `search-postgres`. */
  projection: projectionNameSchema,
  status: z.enum(freshnessStatuses),
  /** Lagging beyond the bound, stalled or rebuilding: the page should say so. */
  stale: z.boolean(),
  /** Age of the oldest event it has not applied yet. */
  lagSeconds: z.number().nonnegative(),
  lagEvents: z.number().int().nonnegative(),
  /** The count stopped at the scan limit: there may be more. */
  lagCapped: z.boolean(),
});
export type ProjectionFreshness = z.infer<typeof projectionFreshnessSchema>;

export const statusOutputSchema = z.object({
  projections: z.array(projectionFreshnessSchema),
  /** The lag bound the answer was judged against. */
  staleAfterSeconds: z.number().positive(),
  checkedAt: z.date(),
});
export type StatusOutput = z.infer<typeof statusOutputSchema>;
