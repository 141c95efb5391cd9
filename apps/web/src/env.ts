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
  })
  .parse(process.env);
