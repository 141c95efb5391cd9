import { z } from 'zod';

const milliseconds = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** The order saga's settings; the defaults suit the demo, tests shorten the times. */
const sagaEnvSchema = z.object({
  /** How long a payment may stay unanswered before the order is cancelled and the call voided. */
  SAGA_PAYMENT_TIMEOUT_MS: milliseconds(60_000),
  /** How long one call to the payment provider may take before it counts as unanswered. */
  SAGA_PAYMENT_CALL_TIMEOUT_MS: milliseconds(5_000),
  /** How long a worker holds an action it runs; another worker takes it over after that. */
  SAGA_ACTION_LEASE_MS: milliseconds(30_000),
  /** Attempts of an action that keeps failing transiently before it is recorded as failed. */
  SAGA_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(6),
  /** The first retry's delay; each next one doubles, up to a minute. */
  SAGA_RETRY_BASE_MS: milliseconds(500),
  /** How often the saga looks for due actions and new events when nothing wakes it. */
  SAGA_POLL_MS: milliseconds(500),
});

export type SagaEnv = z.infer<typeof sagaEnvSchema>;

export function readSagaEnv(source: NodeJS.ProcessEnv = process.env): SagaEnv {
  const parsed = sagaEnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid saga configuration:\n  ${problems.join('\n  ')}`);
  }
  const env = parsed.data;
  if (env.SAGA_PAYMENT_CALL_TIMEOUT_MS >= env.SAGA_ACTION_LEASE_MS) {
    // Otherwise a second worker would take over an action whose call is still running.
    throw new Error('Invalid saga configuration: the call timeout must be shorter than the lease');
  }
  return env;
}
