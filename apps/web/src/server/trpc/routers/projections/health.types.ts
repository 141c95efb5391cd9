import { projectionHealthSchema } from '@shop/read-models/read-side';
import { z } from 'zod';

export const healthOutputSchema = z.array(projectionHealthSchema);
export type ProjectionHealthView = z.infer<typeof projectionHealthSchema>;
