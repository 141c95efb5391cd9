import { z } from 'zod';

const envSchema = z.object({
  DATABASE_URL: z.string().url().default('postgresql://postgres@127.0.0.1:5432/shop'),
  NATS_URL: z.string().default('nats://127.0.0.1:4222'),
  /** JetStream stream that carries the event log; one per deployment (tests use their own). */
  EVENTS_STREAM: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'a JetStream stream name: letters, digits, - and _')
    .default('SHOP_EVENTS'),
  EVENTS_SUBJECT_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, 'dot-separated NATS subject tokens')
    .default('shop.events'),
  /** Search runs on Elasticsearch when set, on Postgres full-text search otherwise. */
  ELASTICSEARCH_URL: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Messages a projector applies per transaction (one checkpoint write, then the acks). The
   * partition count is not configurable: it is fixed by the relay's subjects.
   */
  PROJECTION_BATCH_SIZE: z.coerce.number().int().min(1).max(5_000).default(500),
});

export type WorkerEnv = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): WorkerEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid worker configuration:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}
