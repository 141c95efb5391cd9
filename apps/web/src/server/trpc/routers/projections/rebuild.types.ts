import { rebuildProgressSchema } from '@shop/read-models/read-side';
import { z } from 'zod';

export const requestRebuildOutputSchema = z.object({ rebuildId: z.string() });
export const rebuildProgressOutputSchema = rebuildProgressSchema.nullable();
export type RebuildProgressView = z.infer<typeof rebuildProgressSchema>;
