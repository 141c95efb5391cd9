import {
  failedSagaActionSchema,
  listFailedSagaActionsInputSchema,
} from '@shop/read-models/read-side';
import { z } from 'zod';

export const failedSagaActionsInputSchema = listFailedSagaActionsInputSchema;
export const failedSagaActionsOutputSchema = z.array(failedSagaActionSchema);
export type FailedSagaActionView = z.infer<typeof failedSagaActionSchema>;

export const retrySagaActionOutputSchema = z.object({ actionId: z.uuid() });
