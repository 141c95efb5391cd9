import 'server-only';
import { z } from 'zod';

/** The web app's configuration, parsed once at startup; a bad value fails fast with its name. */
export const env = z
  .object({
    DATABASE_URL: z.url().default('postgresql://postgres@127.0.0.1:5432/shop'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** Where shoppers reach the shop; https makes the session cookie Secure. */
    PUBLIC_URL: z.url().default('http://localhost:3000'),
    /** Signs session cookies; anyone who knows it can sign in as anyone. */
    SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
    ADMIN_EMAIL: z.email().default('admin@shop.example'),
    ADMIN_PASSWORD: z.string().min(8, 'ADMIN_PASSWORD must be at least 8 characters').optional(),
    /** A read model whose oldest unapplied event is older than this is shown as stale. */
    FRESHNESS_STALE_AFTER_MS: z.coerce.number().int().min(100).max(600_000).default(2_000),
    /** Waiting events with no progress for this long mean the projection is stalled. */
    FRESHNESS_STALL_AFTER_MS: z.coerce.number().int().min(500).max(600_000).default(5_000),
    /** Set: search runs on this Elasticsearch node (as the worker's projector does); unset: on Postgres. */
    ELASTICSEARCH_URL: z.string().optional(),
  })
  .parse(process.env);
