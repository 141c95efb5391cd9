import 'server-only';
import pino from 'pino';
import { env } from '../env';

// JSON lines to stdout: no transport, because pino's worker-thread transports do not survive bundling.
export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: 'web' },
  timestamp: pino.stdTimeFunctions.isoTime,
});
