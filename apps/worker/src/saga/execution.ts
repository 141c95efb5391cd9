import type { SagaFeedback } from '@shop/domain';

/** How running an action went. */
export type Execution =
  /** It took effect (or already had): `feedback` is what the saga learns from it. */
  | { readonly kind: 'done'; readonly outcome: string; readonly feedback: SagaFeedback | null }
  /** The outcome is unknown or the target was busy: run it again later, unchanged. */
  | { readonly kind: 'retry'; readonly error: string }
  /** Refused for good: trying again will not help. */
  | { readonly kind: 'failed'; readonly error: string };

export const done = (outcome: string, feedback: SagaFeedback | null = null): Execution => ({
  kind: 'done',
  outcome,
  feedback,
});
export const retry = (error: string): Execution => ({ kind: 'retry', error });
export const failed = (error: string): Execution => ({ kind: 'failed', error });

export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
